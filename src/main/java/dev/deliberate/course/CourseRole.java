package dev.deliberate.course;

/** A member's role in a course, as the app uses it. */
public enum CourseRole {
    TEACHER, STUDENT
}
