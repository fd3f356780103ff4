package dev.deliberate.teacher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.gradebook.GradebookStatus;
import dev.deliberate.mastery.ClassLearners;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.ClassActivity.StudentActivity;

/**
 * Builds the class view of the teacher's assignment: every student of the roster, launched or not,
 * placed by {@link ClassGrouping}, with mastery per skill, problems, time on task, last activity and
 * grade sync. A handful of queries for the whole class, whatever its size.
 */
@Component
class ClassView {

    private final Courses courses;
    private final ClassActivity activity;
    private final ClassLearners learners;
    private final GradebookStatus grades;
    private final MessageSource messages;

    ClassView(Courses courses, ClassActivity activity, ClassLearners learners, GradebookStatus grades, MessageSource messages) {
        this.courses = courses;
        this.activity = activity;
        this.learners = learners;
        this.grades = grades;
        this.messages = messages;
    }

    /** The words of the view for the session's subject, in the teacher's language. */
    ClassTexts texts(CourseSession teacher, Locale locale) {
        return new ClassTexts(messages, activity.outline(teacher).subject(), locale);
    }

    ClassReport of(CourseSession teacher, Locale locale) {
        return of(teacher, activity.outline(teacher), activity.ofAssignment(teacher), grades.of(teacher), false, locale);
    }

    /**
     * The class of the session's course placed over {@code outline}'s skills, with {@code done} as
     * each student's practice (of one assignment, or summed over the course's) and {@code sync} as
     * their grade sync (empty for a view of no single assignment); {@code wholeCourse} when it is the course's.
     */
    ClassReport of(CourseSession teacher, AssignmentOutline outline, Map<Long, StudentActivity> done,
            Map<Long, GradebookStatus.Sync> sync, boolean wholeCourse, Locale locale) {
        ClassTexts texts = new ClassTexts(messages, outline.subject(), locale, wholeCourse);
        List<Courses.Member> members = courses.members(teacher, CourseRole.STUDENT);
        List<Long> ids = members.stream().map(Courses.Member::membershipId).toList();
        Map<Long, List<SkillState>> skills = learners.skillsOf(ids);
        var misconceptions = learners.misconceptionsOf(ids);
        ClassGrouping grouping = new ClassGrouping(outline);
        Map<String, Placement> kinds = new LinkedHashMap<>();
        Map<String, List<ClassReport.Student>> byGroup = new LinkedHashMap<>();
        for (Courses.Member member : members) {
            StudentActivity work = done.get(member.membershipId());
            LearnerSnapshot snapshot = LearnerSnapshot.of(member.membershipId(), work == null ? 0 : work.attempts(),
                    skills.getOrDefault(member.membershipId(), List.of()), misconceptions.getOrDefault(member.membershipId(), List.of()));
            Placement placement = grouping.place(snapshot);
            kinds.putIfAbsent(placement.groupKey(), placement);
            byGroup.computeIfAbsent(placement.groupKey(), key -> new ArrayList<>())
                    .add(row(member, work, snapshot, placement, outline, texts, sync.get(member.membershipId())));
        }
        Map<String, Long> sizes = byGroup.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        List<ClassReport.Group> groups = kinds.values().stream().sorted(grouping.groupOrder(sizes))
                .map(p -> new ClassReport.Group(p.groupKey(), texts.group(p), byGroup.get(p.groupKey()))).toList();
        List<ClassReport.SkillColumn> columns = outline.skills().stream()
                .map(id -> new ClassReport.SkillColumn(id, texts.skill(id), texts.shortSkill(id))).toList();
        return new ClassReport(columns, groups);
    }

    private static ClassReport.Student row(Courses.Member member, StudentActivity work, LearnerSnapshot snapshot, Placement placement,
            AssignmentOutline outline, ClassTexts texts, GradebookStatus.Sync grade) {
        Map<String, SkillState> skills = snapshot.skills();
        List<ClassReport.Cell> cells = outline.skills().stream().map(id -> cell(id, skills.get(id), texts)).toList();
        double meanCredit = outline.skills().stream().mapToDouble(id -> skills.containsKey(id) ? skills.get(id).credit() : 0).average()
                .orElse(0);
        String name = member.name() == null ? texts.text("teacher.home.unnamed") : member.name();
        return new ClassReport.Student(member.membershipId(), member.userId(), name, placement.groupKey(), texts.group(placement),
                texts.reason(placement, outline.skills().size(), meanCredit, work != null), cells, work == null ? 0 : work.itemsDone(),
                work != null && work.completed(), work == null ? 0 : work.timeOnTaskMs(), texts.onTask(work == null ? 0 : work.timeOnTaskMs()),
                work == null ? null : work.lastActive(), texts.when(work == null ? null : work.lastActive()), grade, gradeText(grade, texts));
    }

    private static ClassReport.Cell cell(String skillId, SkillState skill, ClassTexts texts) {
        if (skill == null) {
            return new ClassReport.Cell(skillId, null, 0, texts.text("teacher.class.cell.none", texts.skill(skillId)));
        }
        int percent = ClassTexts.percent(skill.credit());
        int band = skill.mastered() ? 4 : percent >= 67 ? 3 : percent >= 34 ? 2 : 1;
        return new ClassReport.Cell(skillId, percent, band, texts.text("teacher.class.cell", texts.skill(skillId), percent));
    }

    private static String gradeText(GradebookStatus.Sync grade, ClassTexts texts) {
        if (grade == null) {
            return texts.text("teacher.grades.none");
        }
        String status = texts.text("teacher.grades." + grade.status().name());
        return grade.sentScore() == null ? status : status + " · " + String.format(Locale.ROOT, "%.1f", grade.sentScore());
    }
}
