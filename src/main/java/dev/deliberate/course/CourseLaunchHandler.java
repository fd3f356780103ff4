package dev.deliberate.course;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import dev.deliberate.lti.LaunchHandler;
import dev.deliberate.lti.LtiLaunch;
import dev.deliberate.lti.LtiRole;

/**
 * Turns a validated launch into the course's records (person, course, assignment, membership) and
 * a session, then forwards to the home of the member's role. Runs inside the launch transaction.
 */
@Component
class CourseLaunchHandler implements LaunchHandler {

    static final String TEACHER_HOME = "/teacher";
    static final String STUDENT_HOME = "/student";
    private static final int MAX_ROLES_TEXT = 2048;

    private final CourseRecords records;
    private final SessionTokens tokens;
    private final SessionWeb sessions;
    private final Clock clock;

    CourseLaunchHandler(CourseRecords records, SessionTokens tokens, SessionWeb sessions, Clock clock) {
        this.records = records;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String onLaunch(LtiLaunch launch, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        CourseRole role = launch.role() == LtiRole.TEACHER ? CourseRole.TEACHER : CourseRole.STUDENT;
        String locale = cleanLocale(launch.locale());
        long person = records.person(launch.platform().issuer(), launch.subject(), launch.person(), locale, now);
        long context = records.context(launch, now);
        long link = records.link(context, launch.resourceLink(), launch.services().lineItem(), now);
        long membership = records.membership(context, person, role, rolesText(launch), now);
        sessions.attach(tokens.start(membership, person, context, link, role, locale), request, response);
        return "forward:" + (role == CourseRole.TEACHER ? TEACHER_HOME : STUDENT_HOME);
    }

    private static String rolesText(LtiLaunch launch) {
        String text = String.join(" ", launch.roles());
        return text.length() > MAX_ROLES_TEXT ? text.substring(0, MAX_ROLES_TEXT) : text;
    }

    /** A BCP 47 tag such as {@code es-MX}; anything else is dropped. */
    private static String cleanLocale(String locale) {
        if (locale == null) {
            return null;
        }
        String tag = locale.replace('_', '-').trim();
        return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}") ? tag : null;
    }
}
