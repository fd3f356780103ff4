package dev.deliberate.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.gradebook.GradebookStatus;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.ClassActivity;
import dev.deliberate.practice.ClassActivity.StudentActivity;

/**
 * The class view of an assignment as the teacher's page shows it: the report, its table's HTML and
 * the Stuck now list, read together (the roster and the sessions once for both) and reused per
 * assignment and language for {@link TeacherProperties#classViewReuse()}, so that every teacher of
 * one class refreshing within that time is served one computation. A view asked for after that time,
 * but within twice it, is served at once while the next is computed in the background (Caffeine's
 * refresh), so teachers refreshing together never wait for one another; after twice the time, or a
 * change a teacher made, the view is computed before it is served. Nothing in it depends on which
 * teacher asks; the session only scopes the reads to its own course and assignment, which the key carries.
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
    private final LoadingCache<Key, Snapshot> recent;

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
        this.recent = reuse.isNegative() || reuse.isZero() ? null
                : Caffeine.newBuilder().refreshAfterWrite(reuse).expireAfterWrite(reuse.multipliedBy(2)).maximumSize(1_000)
                        .build(key -> compute(key.teacher(), key.locale()));
    }

    /** The class view now, or as computed for this assignment and language within the reuse time. */
    Snapshot of(CourseSession teacher, Locale locale) {
        return recent == null ? compute(teacher, locale) : recent.get(new Key(teacher, locale));
    }

    /** Forgets the assignment's views: the next one is computed (after a change the teacher made). */
    void forget(CourseSession teacher) {
        if (recent != null) {
            recent.asMap().keySet().removeIf(key -> key.teacher().contextId() == teacher.contextId()
                    && key.teacher().linkId() == teacher.linkId());
        }
    }

    private Snapshot compute(CourseSession teacher, Locale locale) {
        AssignmentOutline outline = activity.outline(teacher);
        List<Courses.Member> members = courses.members(teacher, CourseRole.STUDENT);
        Map<Long, StudentActivity> work = activity.ofAssignment(teacher);
        ClassReport report = classView.of(teacher, outline, members, work, grades.of(teacher), false, locale);
        return new Snapshot(report, classTable.render(report, null, locale),
                stuckNow.of(teacher, members, work, new ClassTexts(messages, outline.subject(), locale)));
    }

    /** An assignment and a language; the session of the teacher who first asked is what the computation reads with. */
    private record Key(CourseSession teacher, Locale locale) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.teacher.contextId() == teacher.contextId() && key.teacher.linkId() == teacher.linkId()
                    && key.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(teacher.contextId(), teacher.linkId(), locale);
        }
    }

    /** One computation of the class view: the report, its table's HTML, and who is stuck now. */
    record Snapshot(ClassReport report, String table, List<StuckNow.StuckStudent> stuck) {
    }
}
