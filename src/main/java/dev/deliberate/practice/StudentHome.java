package dev.deliberate.practice;

import dev.deliberate.shared.web.AssetUrls;

/**
 * What the student home ({@code src/main/jte/practice/home.jte}) shows around the practice region.
 *
 * @param language        the page's language ({@code en}, {@code es})
 * @param sessionToken    the tool session's token, which every form and htmx request sends back
 * @param courseTitle     the LMS's course title
 * @param assignmentTitle the LMS's link title, or null
 * @param personName      the learner's name as the LMS gave it, or null
 * @param practice        the practice region, already rendered (practice.jte)
 * @param assets          hashed addresses of scripts and style sheets
 */
record StudentHome(String language, String sessionToken, String courseTitle, String assignmentTitle, String personName,
        String practice, AssetUrls assets) {
}
