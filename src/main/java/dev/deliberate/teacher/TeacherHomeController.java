package dev.deliberate.teacher;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;

/** The teacher's landing page inside the LMS iframe. POST is how the launch forwards here. */
@Controller
class TeacherHomeController {

    private final Courses courses;

    TeacherHomeController(Courses courses) {
        this.courses = courses;
    }

    @RequestMapping(path = "/teacher", method = { RequestMethod.GET, RequestMethod.POST })
    String home(CourseSession session, Model model) {
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("students", courses.members(session, CourseRole.STUDENT));
        return "teacher/home";
    }
}
