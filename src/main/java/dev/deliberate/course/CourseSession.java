package dev.deliberate.course;

import java.time.Instant;

/**
 * Who is acting, in which course and assignment, with which role: the identity behind every
 * request after a launch. It only ever names one course, so a page can read nothing of another.
 *
 * @param membershipId the member's row in the course
 * @param personId     the person across courses
 * @param contextId    the course
 * @param linkId       the assignment (resource link) launched
 * @param role         teacher or student in this course
 * @param locale       the platform's locale for the user, e.g. {@code es-MX}, or null
 * @param issuedAt     when the session token was issued
 * @param expiresAt    when it stops being accepted
 * @param launchId     the correlation id of the launch that started the session, for its log lines; null if unknown
 */
public record CourseSession(
        long membershipId,
        long personId,
        long contextId,
        long linkId,
        CourseRole role,
        String locale,
        Instant issuedAt,
        Instant expiresAt,
        String launchId) {

    /** A session whose launch's correlation id is not known. */
    public CourseSession(long membershipId, long personId, long contextId, long linkId, CourseRole role, String locale,
            Instant issuedAt, Instant expiresAt) {
        this(membershipId, personId, contextId, linkId, role, locale, issuedAt, expiresAt, null);
    }

    /**
     * The view a student's launch answers with: a {@code View} bean of this name (the practice
     * module's landing page) renders the student's home in the launch's own request, after the
     * launch's transaction, instead of forwarding to it.
     */
    public static final String STUDENT_LANDING = "studentLanding";

    /** Request attribute under which the current session is found during a request. */
    public static final String ATTRIBUTE = CourseSession.class.getName();

    public boolean isTeacher() {
        return role == CourseRole.TEACHER;
    }
}
