package dev.deliberate.teacher;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.course.Rosters;
import dev.deliberate.gradebook.GradebookStatus;
import dev.deliberate.practice.PracticeProgress;

/**
 * The teacher's landing page inside the LMS iframe: every student of the course (from launches and
 * the NRPS roster), how far each is, and where each grade's sync stands. POST is how the launch
 * forwards here; the roster refresh and a grade retry answer with the same page.
 */
@Controller
class TeacherHomeController {

    private final Courses courses;
    private final Rosters rosters;
    private final PracticeProgress progress;
    private final GradebookStatus grades;

    TeacherHomeController(Courses courses, Rosters rosters, PracticeProgress progress, GradebookStatus grades) {
        this.courses = courses;
        this.rosters = rosters;
        this.progress = progress;
        this.grades = grades;
    }

    @RequestMapping(path = "/teacher", method = { RequestMethod.GET, RequestMethod.POST })
    String home(CourseSession session, Model model) {
        return show(session, model, null);
    }

    @PostMapping("/teacher/roster")
    String refreshRoster(CourseSession session, Model model) {
        return show(session, model, "teacher.roster." + rosters.refresh(session).name());
    }

    @PostMapping("/teacher/grades/compare")
    String compareGrades(CourseSession session, Model model) {
        GradebookStatus.Comparison comparison = grades.compare(session);
        model.addAttribute("lmsScores", comparison.lmsScores());
        return show(session, model, "teacher.grades.compare." + comparison.outcome().name());
    }

    @PostMapping("/teacher/grades/{membershipId}/retry")
    String retryGrade(CourseSession session, @PathVariable long membershipId, Model model) {
        return show(session, model, grades.retry(session, membershipId) ? "teacher.grades.retrying" : "teacher.grades.nothing-to-retry");
    }

    private String show(CourseSession session, Model model, String notice) {
        Map<Long, PracticeProgress.Progress> done = progress.ofAssignment(session.linkId());
        Map<Long, GradebookStatus.Sync> sync = grades.of(session);
        @SuppressWarnings("unchecked")
        Map<Long, Double> lms = (Map<Long, Double>) model.getAttribute("lmsScores");
        List<StudentRow> students = courses.members(session, CourseRole.STUDENT).stream()
                .map(member -> new StudentRow(member, done.get(member.membershipId()), sync.get(member.membershipId()),
                        lms == null ? null : lms.get(member.membershipId()), lms != null))
                .toList();
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("students", students);
        model.addAttribute("notice", notice);
        return "teacher/home";
    }

    /**
     * One student as the teacher's table shows them.
     *
     * @param lmsScore the score the LMS holds, when its results were just read
     * @param compared whether they were
     */
    record StudentRow(Courses.Member member, PracticeProgress.Progress progress, GradebookStatus.Sync sync, Double lmsScore,
            boolean compared) {

        /** True when the LMS holds another score than the one sent last (changed there, or not arrived). */
        public boolean differs() {
            return compared && sync != null && sync.sentScore() != null
                    && (lmsScore == null || Math.abs(lmsScore - sync.sentScore()) > 0.005);
        }
    }
}
