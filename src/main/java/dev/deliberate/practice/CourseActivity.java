package dev.deliberate.practice;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.practice.ClassActivity.StudentActivity;
import dev.deliberate.practice.spi.Curriculum;

/**
 * The practice of a whole course, across its assignments, for the teacher's course view: each
 * launched assignment with its outline and its students' activity, and one outline over the skills
 * of all of them. Only the session's own course is read: its links come from {@link Courses#links}.
 */
@Component
public class CourseActivity {

    private final Courses courses;
    private final ClassActivity activity;
    private final Subjects subjects;

    CourseActivity(Courses courses, ClassActivity activity, Subjects subjects) {
        this.courses = courses;
        this.activity = activity;
        this.subjects = subjects;
    }

    /** Each assignment of the teacher's course that was launched, by title, with its outline and activity. */
    public List<AssignmentWork> assignments(CourseSession teacher) {
        return courses.links(teacher).stream().map(link -> {
            CourseSession onLink = new CourseSession(teacher.membershipId(), teacher.personId(), teacher.contextId(), link.linkId(),
                    teacher.role(), teacher.locale(), teacher.issuedAt(), teacher.expiresAt());
            return new AssignmentWork(link.linkId(), link.title(), link.linkId() == teacher.linkId(), activity.outline(onLink),
                    activity.ofAssignment(onLink));
        }).toList();
    }

    /**
     * One outline over the skills of all these assignments (in the subject's teaching order), for
     * grouping the class across the course; the launched assignment's outline when there is no other.
     * Target and minimum are the launched assignment's: the course view shows no completion of its own.
     */
    public AssignmentOutline across(CourseSession teacher, List<AssignmentWork> assignments) {
        AssignmentOutline own = activity.outline(teacher);
        Curriculum curriculum = subjects.get(own.subject()).curriculum();
        Set<String> skills = new LinkedHashSet<>();
        Set<String> reachable = new LinkedHashSet<>();
        assignments.stream().map(AssignmentWork::outline).filter(o -> o.subject().equals(own.subject())).forEach(o -> {
            skills.addAll(o.skills());
            reachable.addAll(o.reachable());
        });
        skills.addAll(own.skills());
        reachable.addAll(own.reachable());
        Map<String, String> topics = new HashMap<>();
        reachable.forEach(skill -> topics.put(skill, curriculum.topicOf(skill)));
        return new AssignmentOutline(own.subject(), curriculum.skills().stream().filter(skills::contains).toList(),
                curriculum.skills().stream().filter(reachable::contains).toList(), curriculum.prerequisites(), topics, own.targetScore(),
                own.minimumItems());
    }

    /** Each student's practice summed over the course's assignments: problems, answers and time added, the latest activity. */
    public static Map<Long, StudentActivity> summed(List<AssignmentWork> assignments) {
        Map<Long, StudentActivity> sum = new HashMap<>();
        assignments.forEach(a -> a.students().values().forEach(s -> sum.merge(s.membershipId(), new StudentActivity(s.membershipId(),
                s.status(), s.itemsDone(), s.attempts(), false, s.timeOnTaskMs(), s.lastActive(), s.lastAnswer(), ""), (x, y) -> new StudentActivity(
                x.membershipId(), x.status(), x.itemsDone() + y.itemsDone(), x.attempts() + y.attempts(), false,
                x.timeOnTaskMs() + y.timeOnTaskMs(), later(x.lastActive(), y.lastActive()), later(x.lastAnswer(), y.lastAnswer()), ""))));
        return sum;
    }

    private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /**
     * One assignment of the course.
     *
     * @param title    as the LMS names it, or null
     * @param launched whether it is the assignment the teacher's session was launched from
     * @param students each student's practice of it, by membership id; absent before their first opening
     */
    public record AssignmentWork(long linkId, String title, boolean launched, AssignmentOutline outline,
            Map<Long, StudentActivity> students) {

        public AssignmentWork {
            students = Map.copyOf(students);
        }

        public long completed() {
            return students.values().stream().filter(StudentActivity::completed).count();
        }
    }
}
