package dev.deliberate.teacher;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.deliberate.course.CourseSession;

/**
 * The form that moves one student to another group, fetched when the teacher asks for it (the row's
 * "Move…" button): a class of 300 would otherwise carry 300 copies of the list of groups on every
 * view. Read from the class view the page was made from.
 */
@Controller
class MoveFormController {

    private final ClassSnapshots snapshots;
    private final Students students;

    MoveFormController(ClassSnapshots snapshots, Students students) {
        this.snapshots = snapshots;
        this.students = students;
    }

    @GetMapping("/teacher/class/students/{membershipId}/move")
    String moveForm(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        ClassReport report = snapshots.of(session, locale).report();
        if (find(report, membershipId) == null) {
            // a student who joined the roster since the view the page came from
            snapshots.forget(session);
            report = snapshots.of(session, locale).report();
        }
        model.addAttribute("s", find(report, membershipId));
        model.addAttribute("report", report);
        return "teacher/steering :: move(s=${s}, report=${report})";
    }

    private static ClassReport.Student find(ClassReport report, long membershipId) {
        return report.groups().stream().flatMap(g -> g.students().stream()).filter(s -> s.membershipId() == membershipId).findFirst()
                .orElse(null);
    }
}
