/**
 * Courses as the app sees them: people, contexts, resource links (assignments) and memberships
 * with a role, recorded from each launch. Owns the in-app session that follows a launch.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "lti", "lti :: services", "lti :: web", "shared" })
package dev.deliberate.course;
