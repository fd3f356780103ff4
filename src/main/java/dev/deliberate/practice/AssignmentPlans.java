package dev.deliberate.practice;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.deliberate.course.AssignmentSettings;
import dev.deliberate.course.CourseSession;
import dev.deliberate.course.Courses;
import dev.deliberate.mastery.AssignmentSkills;
import dev.deliberate.mastery.Completion;
import dev.deliberate.practice.spi.Curriculum;

/**
 * The plan of the session's assignment: the teacher's Deep Linking settings when the link has them
 * (skills the subject knows, in its teaching order; target and minimum; contexts), the subject's
 * defaults otherwise. Cached per link for a minute: settings change when a link is first bound and
 * when the teacher saves new ones, which {@link #forget} drops from this node's cache at once (another
 * node serves the old plan for up to that minute).
 */
@Component
class AssignmentPlans {

    private final Courses courses;
    private final Subjects subjects;
    private final PracticeProperties properties;
    private final Cache<Long, AssignmentPlan> plans = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    AssignmentPlans(Courses courses, Subjects subjects, PracticeProperties properties) {
        this.courses = courses;
        this.subjects = subjects;
        this.properties = properties;
    }

    AssignmentPlan of(CourseSession course) {
        return plans.get(course.linkId(), link -> courses.assignmentOf(course).map(this::fromSettings).orElseGet(this::defaults));
    }

    /** Drops the cached plan of a link, whose settings were just changed. */
    void forget(long linkId) {
        plans.invalidate(linkId);
    }

    private AssignmentPlan defaults() {
        return new AssignmentPlan(Subjects.MATH, subjects.assignment(Subjects.MATH), true, Set.of(), false);
    }

    private AssignmentPlan fromSettings(AssignmentSettings settings) {
        String subject = settings.subject() == null ? Subjects.MATH : settings.subject();
        Curriculum curriculum = subjects.get(subject).curriculum();
        Set<String> chosen = new HashSet<>(settings.skills());
        List<String> skills = curriculum.skills().stream().filter(chosen::contains).toList();
        if (skills.isEmpty()) {
            skills = curriculum.assignment();
        }
        Set<String> contexts = new HashSet<>(settings.contexts());
        contexts.retainAll(curriculum.contexts());
        double target = settings.targetScore() > 0 && settings.targetScore() <= 1 ? settings.targetScore() : properties.targetScore();
        int minimum = Math.max(1, settings.minimumItems());
        return new AssignmentPlan(subject, new AssignmentSkills(skills, curriculum.prerequisites(), curriculum.levels(),
                new Completion(target, minimum)), settings.reflectionRequired(), contexts, settings.llmEnabled());
    }
}
