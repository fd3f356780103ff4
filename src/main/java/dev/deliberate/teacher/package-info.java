/**
 * The teacher's view of a course: the class split by need, drill-down into a student, assignment
 * settings and reflections.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "course", "gradebook", "lti", "lti :: deeplinking", "lti :: services", "mastery", "practice", "shared" })
package dev.deliberate.teacher;
