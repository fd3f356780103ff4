package dev.deliberate.teacher;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.deliberate.course.CourseSession;

/**
 * "Stuck now", the live part of the class view: htmx polls the list every few seconds, and the
 * teacher's "helped" mark (a POST, so it needs the session header like every change) takes a
 * student off it until they get stuck again.
 */
@Controller
class StuckController {

    private final StuckNow stuck;
    private final Students students;

    StuckController(StuckNow stuck, Students students) {
        this.stuck = stuck;
        this.students = students;
    }

    @GetMapping("/teacher/class/stuck")
    String list(CourseSession session, Model model, Locale locale) {
        model.addAttribute("stuck", stuck.of(session, locale));
        return "teacher/stuck :: stuck";
    }

    @PostMapping("/teacher/class/stuck/{membershipId}/helped")
    String helped(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        stuck.helped(session, membershipId);
        return list(session, model, locale);
    }
}
