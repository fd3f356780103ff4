package dev.deliberate.teacher;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The teacher's JSON endpoints refuse a student of another course with an RFC 9457 problem, not a
 * page; the answer is the same whatever the reason, as {@link Students} wants.
 */
@RestControllerAdvice(assignableTypes = MasteryChartController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeacherProblems {

    @ExceptionHandler(Students.NotInCourse.class)
    ResponseEntity<ProblemDetail> notInCourse() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This student is not one of your course's.");
        problem.setType(URI.create("https://deliberate.dev/problems/forbidden"));
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
