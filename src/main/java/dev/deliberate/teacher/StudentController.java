package dev.deliberate.teacher;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.ClassLearners;
import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.practice.ClassActivity;

/**
 * One student of the teacher's assignment: their group and reason, mastery of every skill they
 * practised, the misconceptions they showed with counts, and every reflection with the question it
 * answers — students are told their reflections are saved for their teacher, and this is where the
 * teacher reads them.
 */
@Controller
class StudentController {

    private final Students students;
    private final Courses courses;
    private final ClassView classView;
    private final ClassActivity activity;
    private final ClassLearners learners;
    private final StudentSteering steering;

    StudentController(Students students, Courses courses, ClassView classView, ClassActivity activity, ClassLearners learners,
            StudentSteering steering) {
        this.students = students;
        this.courses = courses;
        this.classView = classView;
        this.activity = activity;
        this.learners = learners;
        this.steering = steering;
    }

    @GetMapping("/teacher/students/{membershipId}")
    String student(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        ClassReport.Student row = classView.of(session, locale).groups().stream().flatMap(g -> g.students().stream())
                .filter(s -> s.membershipId() == membershipId).findFirst().orElseThrow();
        ClassTexts texts = classView.texts(session, locale);
        List<SkillState> skills = learners.skillsOf(List.of(membershipId)).getOrDefault(membershipId, List.of());
        List<MisconceptionCount> misconceptions = learners.misconceptionsOf(List.of(membershipId)).getOrDefault(membershipId, List.of());
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("student", row);
        model.addAttribute("steer", steering.of(session, membershipId, locale));
        model.addAttribute("skills", skills.stream().map(s -> Map.of("name", texts.skill(s.skillId()), "percent", ClassTexts.percent(s.credit()),
                "attempts", s.attempts(), "mastered", s.mastered())).toList());
        model.addAttribute("misconceptions", misconceptions.stream().map(m -> Map.of("name", texts.misconception(m.code()), "skill",
                texts.skill(m.skillId()), "count", m.occurrences(), "last", texts.when(m.lastSeen()))).toList());
        model.addAttribute("reflections", activity.reflections(session, membershipId).stream().map(r -> Map.of("prompt",
                texts.text(r.prompt()), "body", r.body(), "when", texts.when(r.at()), "last", r.last())).toList());
        return "teacher/student";
    }
}
