package dev.deliberate.practice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;

/** The student's landing page inside the LMS iframe. POST is how the launch forwards here. */
@Controller
class StudentHomeController {

    private final Courses courses;

    StudentHomeController(Courses courses) {
        this.courses = courses;
    }

    @RequestMapping(path = "/student", method = { RequestMethod.GET, RequestMethod.POST })
    String home(CourseSession session, Model model) {
        model.addAttribute("overview", courses.overview(session));
        return "practice/home";
    }
}
