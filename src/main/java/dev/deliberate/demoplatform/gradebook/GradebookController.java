package dev.deliberate.demoplatform.gradebook;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import dev.deliberate.demoplatform.course.DemoCourse;

/**
 * The teacher's gradebook page: every student against every line item with the score a tool
 * posted, its progress, timestamp and comment, then the latest score posts as they arrived.
 */
@Controller
@Profile("demo")
class GradebookController {

    private final Gradebook gradebook;

    GradebookController(Gradebook gradebook) {
        this.gradebook = gradebook;
    }

    @GetMapping("/demo/gradebook")
    ModelAndView gradebook(@RequestParam(name = "course", defaultValue = DemoCourse.CONTEXT_ID) String courseId) {
        if (!DemoCourse.exists(courseId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no course " + courseId);
        }
        return new ModelAndView("demo/gradebook", Map.of("courseTitle", DemoCourse.TITLE, "courseId", courseId,
                "view", gradebook.of(courseId)));
    }
}
