package dev.deliberate.teacher;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.ClassLearners;
import dev.deliberate.mastery.MasteryHistory;
import dev.deliberate.mastery.LearnerRef;
import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.mastery.SpacedRepetition;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.PracticeCatalog;
import dev.deliberate.practice.PracticeHistory;

/**
 * One student of the teacher's assignment: their group and reason, one suggested next step, the
 * timeline of their problems with the feedback each answer got, mastery per skill over time (and,
 * where the subject schedules memory cards, the model's retention week by week), the
 * misconceptions they showed with counts and trend, and every reflection with the question it
 * answers — students are told their reflections are saved for their teacher, and this is where the
 * teacher reads them.
 */
@Controller
class StudentController {

    /** Weeks of retention shown before now. */
    static final int RETENTION_WEEKS = 8;

    private final Students students;
    private final Courses courses;
    private final ClassView classView;
    private final ClassActivity activity;
    private final ClassLearners learners;
    private final StudentSteering steering;
    private final PracticeHistory history;
    private final MasteryHistory masteryHistory;
    private final PracticeCatalog catalog;
    private final SpacedRepetition spacing;
    private final Clock clock;

    StudentController(Students students, Courses courses, ClassView classView, ClassActivity activity, ClassLearners learners,
            StudentSteering steering, PracticeHistory history, MasteryHistory masteryHistory, PracticeCatalog catalog,
            SpacedRepetition spacing, Clock clock) {
        this.students = students;
        this.courses = courses;
        this.classView = classView;
        this.activity = activity;
        this.learners = learners;
        this.steering = steering;
        this.history = history;
        this.masteryHistory = masteryHistory;
        this.catalog = catalog;
        this.spacing = spacing;
        this.clock = clock;
    }

    @GetMapping("/teacher/students/{membershipId}")
    String student(CourseSession session, @PathVariable long membershipId, Model model, Locale locale) {
        students.require(session, membershipId);
        Instant now = clock.instant();
        ClassReport.Student row = classView.of(session, locale).groups().stream().flatMap(g -> g.students().stream())
                .filter(s -> s.membershipId() == membershipId).findFirst().orElseThrow();
        ClassTexts texts = classView.texts(session, locale);
        List<SkillState> skills = learners.skillsOf(List.of(membershipId)).getOrDefault(membershipId, List.of());
        List<MisconceptionCount> misconceptions = learners.misconceptionsOf(List.of(membershipId)).getOrDefault(membershipId, List.of());
        ClassActivity.StudentActivity work = activity.ofAssignment(session).get(membershipId);
        List<PracticeHistory.Trend> trends = history.trends(session, membershipId, now);
        Placement placement = new ClassGrouping(activity.outline(session))
                .place(LearnerSnapshot.of(membershipId, work == null ? 0 : work.attempts(), skills, misconceptions));
        model.addAttribute("overview", courses.overview(session));
        model.addAttribute("student", row);
        model.addAttribute("steer", steering.of(session, membershipId, locale));
        model.addAttribute("nextStep", NextStep.of(row.name(), placement, work, trends, now, texts));
        // the learner model is the course member's, across assignments: this page shows the assignment's subject only
        AssignmentOutline outline = activity.outline(session);
        Set<String> subjectSkills = catalog.skillsOf(outline.subject());
        model.addAttribute("skills", skills.stream().filter(s -> subjectSkills.contains(s.skillId()))
                .map(s -> Map.of("name", texts.skill(s.skillId()), "percent", ClassTexts.percent(s.credit()),
                        "attempts", s.attempts(), "mastered", s.mastered())).toList());
        model.addAttribute("misconceptions", MisconceptionTrends.of(misconceptions.stream()
                .filter(m -> subjectSkills.contains(m.skillId())).toList(), trends, texts));
        model.addAttribute("chart", MasteryChart.of(masteryHistory.of(membershipId), outline, subjectSkills, texts));
        model.addAttribute("reflections", activity.reflections(session, membershipId).stream().map(r -> Map.of("prompt",
                texts.asTheStudentReadIt(r.prompt(), r.misconception(), r.count()), "body", r.body(), "when", texts.when(r.at()), "last", r.last())).toList());
        model.addAttribute("retention", retention(session, membershipId, now, texts));
        timeline(session, membershipId, null, model, texts, locale);
        return "teacher/student";
    }

    /** An older page of the timeline, swapped in place of the "show older" button. */
    @GetMapping("/teacher/students/{membershipId}/timeline")
    String older(CourseSession session, @PathVariable long membershipId, @RequestParam(required = false) Integer before, Model model,
            Locale locale) {
        students.require(session, membershipId);
        timeline(session, membershipId, before, model, classView.texts(session, locale), locale);
        return "teacher/student :: timeline-page";
    }

    /** Retention over the last weeks, for an assignment whose subject reviews memory cards; null otherwise. */
    private RetentionOverTime retention(CourseSession session, long membershipId, Instant now, ClassTexts texts) {
        String subject = courses.assignmentOf(session).map(AssignmentSettings::subject).orElse(null);
        if (!catalog.schedulesCards(subject)) {
            return null;
        }
        LearnerRef learner = new LearnerRef(membershipId, session.contextId(), session.linkId());
        return RetentionOverTime.of(spacing.retentionOverTime(learner, now, RETENTION_WEEKS), texts);
    }

    private void timeline(CourseSession session, long membershipId, Integer before, Model model, ClassTexts texts, Locale locale) {
        PracticeHistory.Timeline timeline = history.timeline(session, membershipId, before, locale);
        model.addAttribute("membershipId", membershipId);
        model.addAttribute("timeline", TimelineEntries.of(timeline, texts));
        model.addAttribute("olderBefore", timeline.olderBefore());
    }
}
