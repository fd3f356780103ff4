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
import dev.deliberate.practice.PracticeFocus;

/**
 * Builds the class view of the teacher's assignment: every student of the roster, launched or not,
 * placed by {@link ClassGrouping} unless the teacher moved them ({@link GroupOverrides}), in groups named
 * by the teacher where they renamed them, with the focus each was given, with mastery per skill, problems, time on task, last activity and
 * grade sync. A handful of queries for the whole class, whatever its size.
 */
@Component
class ClassView {

    private final Courses courses;
    private final ClassActivity activity;
    private final ClassLearners learners;
    private final GradebookStatus grades;
    private final GroupOverrides overrides;
    private final PracticeFocus focus;
    private final MessageSource messages;

    ClassView(Courses courses, ClassActivity activity, ClassLearners learners, GradebookStatus grades, GroupOverrides overrides,
            PracticeFocus focus, MessageSource messages) {
        this.courses = courses;
        this.activity = activity;
        this.learners = learners;
        this.grades = grades;
        this.overrides = overrides;
        this.focus = focus;
        this.messages = messages;
    }

    /** The words of the view for the session's subject, in the teacher's language. */
    ClassTexts texts(CourseSession teacher, Locale locale) {
        return new ClassTexts(messages, activity.outline(teacher).subject(), locale);
    }

    /** The name of every group of the assignment as the teacher sees it now (theirs where they renamed it), by key. */
    Map<String, String> groupNames(CourseSession teacher, ClassTexts texts) {
        Naming naming = new Naming(texts, overrides.names(teacher));
        Map<String, String> names = new LinkedHashMap<>();
        new ClassGrouping(activity.outline(teacher)).groups().forEach(p -> names.put(p.groupKey(), naming.of(p)));
        return names;
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
        return of(teacher, outline, courses.members(teacher, CourseRole.STUDENT), done, sync, wholeCourse, locale);
    }

    /** As above, over the course's students {@code members} as the caller already read them. */
    ClassReport of(CourseSession teacher, AssignmentOutline outline, List<Courses.Member> members, Map<Long, StudentActivity> done,
            Map<Long, GradebookStatus.Sync> sync, boolean wholeCourse, Locale locale) {
        ClassTexts texts = new ClassTexts(messages, outline.subject(), locale, wholeCourse);
        List<Long> ids = members.stream().map(Courses.Member::membershipId).toList();
        Map<Long, List<SkillState>> skills = learners.skillsOf(ids);
        var misconceptions = learners.misconceptionsOf(ids);
        ClassGrouping grouping = new ClassGrouping(outline);
        Map<String, Placement> every = new LinkedHashMap<>();
        grouping.groups().forEach(p -> every.put(p.groupKey(), p));
        Naming naming = new Naming(texts, overrides.names(teacher));
        Map<String, String> names = new LinkedHashMap<>();
        every.values().forEach(p -> names.put(p.groupKey(), naming.of(p)));
        Map<Long, GroupOverrides.Move> moves = overrides.moves(teacher);
        Map<Long, PracticeFocus.Given> focuses = focus.of(teacher);
        Map<String, Placement> kinds = new LinkedHashMap<>();
        Map<String, List<ClassReport.Student>> byGroup = new LinkedHashMap<>();
        for (Courses.Member member : members) {
            StudentActivity work = done.get(member.membershipId());
            LearnerSnapshot snapshot = LearnerSnapshot.of(member.membershipId(), work == null ? 0 : work.attempts(),
                    skills.getOrDefault(member.membershipId(), List.of()), misconceptions.getOrDefault(member.membershipId(), List.of()));
            Placement computed = grouping.place(snapshot);
            GroupOverrides.Move move = moves.get(member.membershipId());
            Placement placement = move != null && every.containsKey(move.groupKey()) ? every.get(move.groupKey()) : computed;
            kinds.putIfAbsent(placement.groupKey(), placement);
            String reason = texts.reason(computed, outline.skills().size(), meanCredit(outline, snapshot), work != null);
            if (placement != computed) {
                reason = texts.text("teacher.steer.movedReason", texts.day(move.at()), naming.of(computed), reason);
            }
            byGroup.computeIfAbsent(placement.groupKey(), key -> new ArrayList<>())
                    .add(row(member, work, snapshot, placement, reason, naming, outline, texts, sync.get(member.membershipId()),
                            placement != computed, focuses.get(member.membershipId()), names));
        }
        Map<String, Long> sizes = byGroup.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        List<ClassReport.Group> groups = kinds.values().stream().sorted(grouping.groupOrder(sizes))
                .map(p -> new ClassReport.Group(p.groupKey(), naming.of(p), byGroup.get(p.groupKey()), naming.renamed(p) ? texts.group(p) : null,
                        groupFocus(p.groupKey(), focuses, texts)))
                .toList();
        List<ClassReport.SkillColumn> columns = outline.skills().stream()
                .map(id -> new ClassReport.SkillColumn(id, texts.skill(id), texts.shortSkill(id))).toList();
        List<ClassReport.Choice> choices = every.values().stream().map(p -> new ClassReport.Choice(p.groupKey(), naming.of(p), naming.of(p)))
                .toList();
        List<ClassReport.Choice> focusSkills = focus.skills(teacher).stream()
                .map(id -> new ClassReport.Choice(id, texts.skill(id), texts.shortSkill(id))).toList();
        return new ClassReport(columns, groups, choices, focusSkills);
    }

    /** The latest focus given to this group, as its members hold it; null when none holds one. */
    private static String groupFocus(String key, Map<Long, PracticeFocus.Given> focuses, ClassTexts texts) {
        return focuses.values().stream().filter(g -> key.equals(g.groupKey()))
                .max(java.util.Comparator.comparing(PracticeFocus.Given::setAt))
                .map(g -> texts.text("teacher.steer.groupFocus", texts.focus(g.focus()), texts.day(g.setAt()))).orElse(null);
    }

    private static double meanCredit(AssignmentOutline outline, LearnerSnapshot snapshot) {
        Map<String, SkillState> skills = snapshot.skills();
        return outline.skills().stream().mapToDouble(id -> skills.containsKey(id) ? skills.get(id).credit() : 0).average().orElse(0);
    }

    /** Group names: the teacher's when they renamed the group, the computed one otherwise. */
    private record Naming(ClassTexts texts, Map<String, String> names) {

        String of(Placement placement) {
            return names.getOrDefault(placement.groupKey(), texts.group(placement));
        }

        boolean renamed(Placement placement) {
            return names.containsKey(placement.groupKey());
        }
    }

    private static ClassReport.Student row(Courses.Member member, StudentActivity work, LearnerSnapshot snapshot, Placement placement,
            String reason, Naming naming, AssignmentOutline outline, ClassTexts texts, GradebookStatus.Sync grade, boolean moved,
            PracticeFocus.Given focus, Map<String, String> groupNames) {
        Map<String, SkillState> skills = snapshot.skills();
        List<ClassReport.Cell> cells = outline.skills().stream().map(id -> cell(id, skills.get(id), texts)).toList();
        String name = member.name() == null ? texts.text("teacher.home.unnamed") : member.name();
        return new ClassReport.Student(member.membershipId(), member.userId(), name, placement.groupKey(), naming.of(placement),
                reason, cells, work == null ? 0 : work.itemsDone(),
                work != null && work.completed(), work == null ? 0 : work.timeOnTaskMs(), texts.onTask(work == null ? 0 : work.timeOnTaskMs()),
                work == null ? null : work.lastActive(), texts.when(work == null ? null : work.lastActive()), grade, gradeText(grade, texts),
                moved, texts.focusOf(focus, groupNames), texts.focusNote(focus));
    }

    private static ClassReport.Cell cell(String skillId, SkillState skill, ClassTexts texts) {
        if (skill == null) {
            return new ClassReport.Cell(skillId, null, 0, texts.cell(skillId, null));
        }
        int percent = ClassTexts.percent(skill.credit());
        int band = skill.mastered() ? 4 : percent >= 67 ? 3 : percent >= 34 ? 2 : 1;
        return new ClassReport.Cell(skillId, percent, band, texts.cell(skillId, percent));
    }

    private static String gradeText(GradebookStatus.Sync grade, ClassTexts texts) {
        if (grade == null) {
            return texts.text("teacher.grades.none");
        }
        String status = texts.text("teacher.grades." + grade.status().name());
        return grade.sentScore() == null ? status : status + " · " + String.format(Locale.ROOT, "%.1f", grade.sentScore());
    }
}
