package dev.deliberate.teacher;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A teacher page asked about a student of another course: the same 403 page as a wrong role gets. */
@ControllerAdvice(basePackageClasses = TeacherRefusals.class)
class TeacherRefusals {

    @ExceptionHandler(Students.NotInCourse.class)
    String notInCourse(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "course/session-forbidden";
    }
}
