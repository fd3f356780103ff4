package dev.deliberate.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.deliberate.course.CourseRole;
import dev.deliberate.course.CourseSession;
import dev.deliberate.practice.spi.Checked;
import dev.deliberate.practice.spi.ItemSpec;
import dev.deliberate.practice.spi.MathMarkup;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Text;
import dev.deliberate.practice.spi.Verdict;
import dev.deliberate.shared.DbTime;

/** What a class did, read for its teacher: only that course and assignment, time on task capped per answer. */
abstract class ClassActivityDatabaseTests {

    @Autowired
    ClassActivity activity;

    @Autowired
    PracticeSessions sessions;

    @Autowired
    PracticeItems items;

    @Autowired
    Reflections reflections;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    AssignmentPlans plans;

    @MockitoBean
    Subjects subjects;

    private final long member = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
    private final long context = member + 1;
    private final long link = member + 2;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aTeacherReadsTheirAssignmentsStudentsAndNothingOfAnother() {
        PracticeSession session = sessions.open(member, context, link, "math", 7, now);
        long item = items.serve(session.id(), 1, new PreparedItem(new ItemSpec("two-step", 2, "sports", "w", 1), "k", Text.of("x"),
                "2x = 4", MathMarkup.identifier("2x=4"), "2"), "TARGET_PRACTICE", null, now);
        answer(session.id(), item, "MISTAKE", "SIGN_ERROR_MOVING_TERM", 40_000, now.minusSeconds(60));
        answer(session.id(), item, "CORRECT", null, 3_600_000, now);
        reflections.write(session.id(), 1, false, new ReflectionPrompts.Prompt(ReflectionPrompts.HABIT_NAMED, "SIGN_ERROR_MOVING_TERM", 2),
                "I checked by substituting.", now);
        sessions.open(member + 3, context + 10, link + 10, "math", 8, now);

        CourseSession teacher = new CourseSession(member + 99, 1, context, link, CourseRole.TEACHER, null, now, now.plusSeconds(60));

        assertThat(activity.ofAssignment(teacher)).containsOnlyKeys(member).hasEntrySatisfying(member, a -> {
            assertThat(a.timeOnTaskMs()).as("an hour-long answer counts ten minutes").isEqualTo(40_000 + ClassActivity.MAX_COUNTED_MS);
            assertThat(a.lastAnswer()).as("MariaDB drops the fraction of MAX() in a subquery").isCloseTo(now, within(1, ChronoUnit.SECONDS));
        });
        ClassActivity.StudentActivity work = activity.ofAssignment(teacher).get(member);
        assertThat(work.answersSince(now.minusSeconds(30))).singleElement()
                .satisfies(a -> assertThat(a.correct()).isTrue());
        assertThat(work.answersSince(now.minusSeconds(90))).extracting(ClassActivity.RecentAttempt::misconception, ClassActivity.RecentAttempt::skillId,
                ClassActivity.RecentAttempt::itemId).containsExactly(tuple("SIGN_ERROR_MOVING_TERM", "two-step", item), tuple(null, "two-step", item));
        assertThat(work.answersSince(now.minusSeconds(90))).extracting(ClassActivity.RecentAttempt::at)
                .as("kept to the millisecond").containsExactly(now.minusSeconds(60), now);
        assertThat(activity.reflections(teacher, member)).singleElement().satisfies(r -> {
            assertThat(r.body()).startsWith("I checked");
            assertThat(List.of(r.prompt(), r.misconception(), r.count())).as("the question as asked, its mistake named")
                    .isEqualTo(List.of(ReflectionPrompts.HABIT_NAMED, "SIGN_ERROR_MOVING_TERM", 2));
        });
        CourseSession elsewhere = new CourseSession(member + 98, 1, context + 10, link, CourseRole.TEACHER, null, now, now.plusSeconds(60));
        assertThat(activity.ofAssignment(elsewhere)).isEmpty();
        assertThat(activity.reflections(elsewhere, member)).isEmpty();
    }

    /** An answer as the loop records it: the attempt, and its time counted on the session. */
    private void answer(long session, long item, String verdict, String misconception, int millis, Instant at) {
        PracticeSession counted = sessions.find(member, link).orElseThrow();
        counted.countAttempt(millis, at, items.find(item, session).orElseThrow(),
                new Checked(Verdict.valueOf(verdict), 1, true, misconception, Text.of("x"), null, List.of()));
        sessions.update(counted, at);
        jdbc.sql("INSERT INTO practice_attempt (session_id, item_id, answer, work, verdict, misconception, assisted, time_taken_ms, created_at) "
                + "VALUES (?, ?, 'x = 1', '', ?, ?, FALSE, ?, ?)").params(session, item, verdict, misconception, millis, DbTime.of(at)).update();
    }
}
