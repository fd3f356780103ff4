package dev.deliberate.teacher;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseAssignments;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.practice.PracticeCatalog;

/**
 * The settings of the launched assignment, editable after Deep Linking: skills, target mastery,
 * minimum problems, contexts and reflection. Saved settings win over the Deep Linking choice from then
 * on; each student practises by them from their next problem, and completion is recomputed.
 */
@Controller
class AssignmentSettingsController {

    private final Courses courses;
    private final CourseAssignments assignments;
    private final PracticeCatalog catalog;

    AssignmentSettingsController(Courses courses, CourseAssignments assignments, PracticeCatalog catalog) {
        this.courses = courses;
        this.assignments = assignments;
        this.catalog = catalog;
    }

    @GetMapping("/teacher/assignment/settings")
    String form(CourseSession session, Model model) {
        return page(session, model, AssignmentForm.of(current(session)), List.of(), null);
    }

    @PostMapping("/teacher/assignment/settings")
    String save(CourseSession session, AssignmentForm form, Model model, HttpServletResponse response) {
        AssignmentSettings current = current(session);
        PracticeCatalog.Offer offer = catalog.offer(DeepLinkingController.SUBJECT);
        List<String> problems = form.settingsProblems(offer);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(session, model, form, problems, null);
        }
        assignments.saveSettings(session, form.settings(current.subject(), offer));
        return page(session, model, AssignmentForm.of(current(session)), List.of(), "teacher.settings.saved");
    }

    /** The assignment's settings now; the subject's defaults for a link added without Deep Linking. */
    private AssignmentSettings current(CourseSession session) {
        return courses.assignmentOf(session).orElseGet(() -> {
            PracticeCatalog.Offer offer = catalog.offer(DeepLinkingController.SUBJECT);
            return new AssignmentSettings(courses.overview(session).assignmentTitle(), DeepLinkingController.SUBJECT,
                    offer.defaultSkills(), offer.defaultTargetScore(), offer.defaultMinimumItems(), List.of(), true, false);
        });
    }

    private String page(CourseSession session, Model model, AssignmentForm form, List<String> problems, String notice) {
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("offer", catalog.offer(DeepLinkingController.SUBJECT));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        model.addAttribute("saved", courses.hasSavedSettings(session));
        return "teacher/settings";
    }
}
