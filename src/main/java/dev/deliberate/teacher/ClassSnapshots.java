package dev.deliberate.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.gradebook.GradebookStatus;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.ClassActivity.StudentActivity;

/**
 * The class view of an assignment as the teacher's page shows it: the report, its table's HTML and
 * the Stuck now list, read together (the roster and the sessions once for both) and kept for
 * {@link TeacherProperties#classViewReuse()} per assignment and language, so that every teacher of
 * one class refreshing within that time is served one computation (Caffeine computes a missing
 * entry once while the others wait for it). Nothing in it depends on which teacher asks; the
 * session only scopes the reads to its own course and assignment, which the key carries.
 */
@Component
class ClassSnapshots {

    private final ClassView classView;
    private final ClassTable classTable;
    private final StuckNow stuckNow;
    private final ClassActivity activity;
    private final Courses courses;
    private final GradebookStatus grades;
    private final MessageSource messages;
    private final Cache<Key, Snapshot> recent;

    ClassSnapshots(ClassView classView, ClassTable classTable, StuckNow stuckNow, ClassActivity activity, Courses courses,
            GradebookStatus grades, MessageSource messages, TeacherProperties properties) {
        this.classView = classView;
        this.classTable = classTable;
        this.stuckNow = stuckNow;
        this.activity = activity;
        this.courses = courses;
        this.grades = grades;
        this.messages = messages;
        Duration reuse = properties.classViewReuse();
        this.recent = Caffeine.newBuilder().expireAfterWrite(reuse.isNegative() ? Duration.ZERO : reuse).maximumSize(1_000).build();
    }

    /** The class view now, or as computed for this assignment and language within the reuse time. */
    Snapshot of(CourseSession teacher, Locale locale) {
        return recent.get(new Key(teacher.contextId(), teacher.linkId(), locale), key -> compute(teacher, locale));
    }

    /** Forgets the assignment's views: the next one is computed (after a change the teacher made). */
    void forget(CourseSession teacher) {
        recent.asMap().keySet().removeIf(key -> key.contextId() == teacher.contextId() && key.linkId() == teacher.linkId());
    }

    private Snapshot compute(CourseSession teacher, Locale locale) {
        AssignmentOutline outline = activity.outline(teacher);
        List<Courses.Member> members = courses.members(teacher, CourseRole.STUDENT);
        Map<Long, StudentActivity> work = activity.ofAssignment(teacher);
        ClassReport report = classView.of(teacher, outline, members, work, grades.of(teacher), false, locale);
        return new Snapshot(report, classTable.render(report, null, locale),
                stuckNow.of(teacher, members, work, new ClassTexts(messages, outline.subject(), locale)));
    }

    private record Key(long contextId, long linkId, Locale locale) {
    }

    /** One computation of the class view: the report, its table's HTML, and who is stuck now. */
    record Snapshot(ClassReport report, String table, List<StuckNow.StuckStudent> stuck) {
    }
}
