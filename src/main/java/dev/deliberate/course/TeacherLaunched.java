package dev.deliberate.course;

/** A teacher opened the course: a good moment to read the roster again (after the launch commits). */
record TeacherLaunched(long contextId) {
}
