package dev.deliberate.teacher;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseAssignments;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.PracticeCatalog;

/**
 * The settings of the launched assignment, editable after Deep Linking: subject (while no student
 * has practised it: their work belongs to the subject they started), skills, target mastery,
 * minimum problems, contexts and reflection. Saved settings win over the Deep Linking choice from
 * then on; each student practises by them from their next problem, and completion is recomputed.
 */
@Controller
class AssignmentSettingsController {

    private final Courses courses;
    private final CourseAssignments assignments;
    private final PracticeCatalog catalog;
    private final ClassActivity activity;

    AssignmentSettingsController(Courses courses, CourseAssignments assignments, PracticeCatalog catalog, ClassActivity activity) {
        this.courses = courses;
        this.assignments = assignments;
        this.catalog = catalog;
        this.activity = activity;
    }

    @GetMapping("/teacher/assignment/settings")
    String form(CourseSession session, Model model) {
        AssignmentSettings current = current(session);
        return page(session, model, AssignmentForm.of(current), current.subject(), List.of(), null);
    }

    @PostMapping("/teacher/assignment/settings")
    String save(CourseSession session, AssignmentForm form, Model model, HttpServletResponse response) {
        AssignmentSettings current = current(session);
        String subject = locked(session) || form.getSubject() == null ? current.subject() : form.getSubject();
        List<String> problems = catalog.offers(subject) ? form.settingsProblems(catalog.offer(subject))
                : List.of("teacher.dl.problem.subject");
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(session, model, form, current.subject(), problems, null);
        }
        assignments.saveSettings(session, form.settings(subject, catalog.offer(subject)));
        AssignmentSettings saved = current(session);
        return page(session, model, AssignmentForm.of(saved), saved.subject(), List.of(), "teacher.settings.saved");
    }

    /** The assignment's settings now; the default subject's defaults for a link added without Deep Linking. */
    private AssignmentSettings current(CourseSession session) {
        return courses.assignmentOf(session).map(this::withKnownSubject).orElseGet(() -> {
            String subject = catalog.defaultSubject();
            PracticeCatalog.Offer offer = catalog.offer(subject);
            return new AssignmentSettings(courses.overview(session).assignmentTitle(), subject,
                    offer.defaultSkills(), offer.defaultTargetScore(), offer.defaultMinimumItems(), List.of(), true, false);
        });
    }

    private AssignmentSettings withKnownSubject(AssignmentSettings settings) {
        return settings.subject() != null ? settings : new AssignmentSettings(settings.title(), catalog.defaultSubject(), settings.skills(),
                settings.targetScore(), settings.minimumItems(), settings.contexts(), settings.reflectionRequired(), settings.llmEnabled());
    }

    /** Whether a student has opened the assignment: its subject is then fixed. */
    private boolean locked(CourseSession session) {
        return !activity.ofAssignment(session).isEmpty();
    }

    private String page(CourseSession session, Model model, AssignmentForm form, String subject, List<String> problems, String notice) {
        boolean locked = locked(session);
        Map<String, PracticeCatalog.Offer> offers = locked ? Map.of(subject, catalog.offer(subject)) : catalog.offers();
        if (form.getSubject() == null || !offers.containsKey(form.getSubject())) {
            form.setSubject(subject);
        }
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("offers", offers);
        model.addAttribute("subjectLocked", locked);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        model.addAttribute("saved", courses.hasSavedSettings(session));
        return "teacher/settings";
    }
}
