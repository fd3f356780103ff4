package dev.deliberate.teacher;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.course.Rosters;
import dev.deliberate.gradebook.GradebookStatus;

/**
 * The teacher's landing page inside the LMS iframe: the class view of the assignment (every student
 * of the roster in one group by need, with mastery per skill, progress and grade sync). POST is how
 * the launch forwards here; the roster refresh and the grade actions answer with the same page.
 */
@Controller
class TeacherHomeController {

    private final Courses courses;
    private final Rosters rosters;
    private final GradebookStatus grades;
    private final ClassView classView;
    private final ClassTable classTable;
    private final ClassSnapshots snapshots;
    private final Students students;
    private final StuckNow stuck;

    TeacherHomeController(Courses courses, Rosters rosters, GradebookStatus grades, ClassView classView, ClassTable classTable,
            ClassSnapshots snapshots, Students students, StuckNow stuck) {
        this.courses = courses;
        this.rosters = rosters;
        this.grades = grades;
        this.classView = classView;
        this.classTable = classTable;
        this.snapshots = snapshots;
        this.students = students;
        this.stuck = stuck;
    }

    /** The class view; teachers of the class refreshing together share one computation (ClassSnapshots). */
    @RequestMapping(path = "/teacher", method = { RequestMethod.GET, RequestMethod.POST })
    String home(CourseSession session, Model model, Locale locale) {
        ClassSnapshots.Snapshot now = snapshots.of(session, locale);
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("report", now.report());
        model.addAttribute("classTable", now.table());
        model.addAttribute("stuck", now.stuck());
        return "teacher/home";
    }

    @PostMapping("/teacher/roster")
    String refreshRoster(CourseSession session, Model model, Locale locale) {
        return show(session, model, locale, "teacher.roster." + rosters.refresh(session).name(), null);
    }

    @PostMapping("/teacher/grades/compare")
    String compareGrades(CourseSession session, Model model, Locale locale) {
        GradebookStatus.Comparison comparison = grades.compare(session);
        return show(session, model, locale, "teacher.grades.compare." + comparison.outcome().name(), comparison.lmsScores());
    }

    @PostMapping("/teacher/grades/{membershipId}/retry")
    String retryGrade(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        return show(session, model, locale, grades.retry(session, membershipId) ? "teacher.grades.retrying" : "teacher.grades.nothing-to-retry",
                null);
    }

    private String show(CourseSession session, Model model, Locale locale, String notice, Map<Long, Double> lmsScores) {
        model.addAttribute("overview", courses.overview(session));
        ClassReport report = classView.of(session, locale);
        model.addAttribute("report", report);
        model.addAttribute("classTable", classTable.render(report, lmsScores, locale));
        model.addAttribute("stuck", stuck.of(session, locale));
        model.addAttribute("lmsScores", lmsScores);
        model.addAttribute("notice", notice);
        return "teacher/home";
    }
}
