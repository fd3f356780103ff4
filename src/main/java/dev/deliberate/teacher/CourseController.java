package dev.deliberate.teacher;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.ClassLearners;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.CourseActivity;
import dev.deliberate.practice.CourseActivity.AssignmentWork;

/**
 * The whole course across its assignments: each launched assignment with how many students started
 * it, met its goal, and their average mastery of its skills; then the class split by need over the
 * skills of all of them, with the practice summed over the course. The session stays bound to the
 * assignment it was launched from: the class view of another assignment opens from the LMS.
 */
@Controller
class CourseController {

    private final Courses courses;
    private final CourseActivity activity;
    private final ClassLearners learners;
    private final ClassView classView;

    CourseController(Courses courses, CourseActivity activity, ClassLearners learners, ClassView classView) {
        this.courses = courses;
        this.activity = activity;
        this.learners = learners;
        this.classView = classView;
    }

    @GetMapping("/teacher/course")
    String course(CourseSession session, Model model, Locale locale) {
        List<AssignmentWork> assignments = activity.assignments(session);
        AssignmentOutline across = activity.across(session, assignments);
        ClassReport report = classView.of(session, across, CourseActivity.summed(assignments), Map.of(), true, locale);
        Set<Long> enrolled = new HashSet<>();
        report.groups().forEach(g -> g.students().forEach(s -> enrolled.add(s.membershipId())));
        Map<Long, List<SkillState>> skills = learners.skillsOf(enrolled);
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("assignments", assignments.stream().map(a -> row(a, enrolled, skills)).toList());
        model.addAttribute("report", report);
        return "teacher/course";
    }

    /** An assignment's line: students of the roster who started it, met its goal, and their average mastery of its skills. */
    private static AssignmentRow row(AssignmentWork work, Collection<Long> enrolled, Map<Long, List<SkillState>> skills) {
        List<Long> started = work.students().keySet().stream().filter(enrolled::contains).toList();
        long completed = started.stream().filter(id -> work.students().get(id).completed()).count();
        Integer mean = started.isEmpty() ? null : (int) Math.round(100 * started.stream()
                .mapToDouble(id -> meanCredit(work.outline().skills(), skills.getOrDefault(id, List.of()))).average().orElse(0));
        return new AssignmentRow(work.linkId(), work.title(), work.launched(), started.size(), completed, mean);
    }

    private static double meanCredit(List<String> skillIds, List<SkillState> states) {
        return skillIds.stream().mapToDouble(id -> states.stream().filter(s -> s.skillId().equals(id)).mapToDouble(SkillState::credit)
                .findFirst().orElse(0)).average().orElse(0);
    }

    /** @param meanMastery the started students' average mastery of the assignment's skills, in percent; null when none started */
    record AssignmentRow(long linkId, String title, boolean launched, int started, long completed, Integer meanMastery) {
    }
}
