package dev.deliberate.teacher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;

/**
 * The one check every teacher URL that names a student goes through: the id must be a student of
 * the session's own course. Anything else — another course's student, a teacher, an id that does
 * not exist — is refused with 403, the same answer whatever the reason, so ids cannot be probed.
 */
@Component
class Students {

    private static final Logger log = LoggerFactory.getLogger(Students.class);

    private final Courses courses;

    Students(Courses courses) {
        this.courses = courses;
    }

    /** The student, if they belong to the session's course; otherwise the request is refused. */
    Courses.Member require(CourseSession teacher, long membershipId) {
        return courses.members(teacher, CourseRole.STUDENT).stream().filter(m -> m.membershipId() == membershipId).findFirst()
                .orElseThrow(() -> {
                    log.warn("Teacher page refused reason=STUDENT_NOT_IN_COURSE membership={} course={}", membershipId, teacher.contextId());
                    return new NotInCourse();
                });
    }

    /** A student id that is not one of the session's course; {@link TeacherRefusals} answers it. */
    static class NotInCourse extends RuntimeException {

        NotInCourse() {
            super("not a student of this course", null, false, false);
        }
    }
}
