package dev.deliberate.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.model.ReviewPlan;

/** The learner model's state in the database, and the event every graded attempt raises. */
@RecordApplicationEvents
abstract class MasteryDatabaseTests {

    private static final AssignmentSkills ASSIGNMENT = new AssignmentSkills(List.of("two-step", "distributive"),
            Map.of("two-step", List.of("one-step"), "distributive", List.of("two-step"), "one-step", List.of()),
            List.of(1, 2, 3, 4, 5), new Completion(1.0, 10));

    @Autowired
    Mastery mastery;

    @Autowired
    LearnerRecords records;

    @Autowired
    ItemRatings ratings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClassLearners learners;

    @Autowired
    ApplicationEvents events;

    private final long member = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);

    @Test
    void aWholeClassIsReadAtOnceWithRecurringMisconceptionsAndCountsMostFrequentFirst() {
        long other = member + 1;
        records.save(member, new SkillMastery("two-step", 0.3, -1.2, 8, 3, null,
                new MisconceptionWindow(List.of("SIGN_ERROR_MOVING_TERM", "", "SIGN_ERROR_MOVING_TERM", "SIGN_ERROR_MOVING_TERM"), 0, "", 0)),
                Instant.now());
        records.save(other, new SkillMastery("fractions", 0.97, 1.1, 5, 0, null, MisconceptionWindow.EMPTY), Instant.now());
        records.countMisconception(member, "two-step", "ARITHMETIC_SLIP", Instant.now());
        for (int i = 0; i < 3; i++) {
            records.countMisconception(member, "two-step", "SIGN_ERROR_MOVING_TERM", Instant.now());
        }

        Map<Long, List<SkillState>> skills = learners.skillsOf(List.of(member, other, member + 2));

        assertThat(skills).containsOnlyKeys(member, other);
        assertThat(skills.get(member)).singleElement().satisfies(s -> {
            assertThat(s.recurringMisconception()).isEqualTo("SIGN_ERROR_MOVING_TERM");
            assertThat(s.mastered()).isFalse();
            assertThat(s.consecutiveFailures()).isEqualTo(3);
        });
        assertThat(skills.get(other).get(0).mastered()).isTrue();
        assertThat(learners.misconceptionsOf(List.of(member, other)).get(member)).extracting(MisconceptionCount::code)
                .containsExactly("SIGN_ERROR_MOVING_TERM", "ARITHMETIC_SLIP");
        assertThat(learners.skillsOf(List.of())).isEmpty();
    }

    @Test
    void aHabitSeenAcrossSkillsStartsAFocusSetThatThePolicyServesNext() {
        Instant now = Instant.parse("2026-12-06T09:00:00Z");
        records.save(member, new SkillMastery("two-step", 0.4, 0.0, 4, 1, null,
                new MisconceptionWindow(List.of("", "", "SIGN_ERROR_MOVING_TERM"), 0, "", 0)), now);

        var habit = mastery.noticeHabit(member, mastery.skillsOf(member), "two-step", "SIGN_ERROR_MOVING_TERM", 3, 7, now);

        assertThat(habit).hasValue(new RecurringMisconception("two-step", "SIGN_ERROR_MOVING_TERM", 3, 7));
        assertThat(mastery.skillsOf(member).get("two-step").misconceptions().focusCode()).isEqualTo("SIGN_ERROR_MOVING_TERM");
        ItemChoice next = mastery.choose(ASSIGNMENT, mastery.skillsOf(member), now);
        assertThat(next.reason()).isEqualTo(ChoiceReason.MISCONCEPTION_FOCUS);
        assertThat(next.skillId()).isEqualTo("two-step");
        assertThat(mastery.noticeHabit(member, mastery.skillsOf(member), "two-step", "SIGN_ERROR_MOVING_TERM", 4, 8, now)).isEmpty();
        assertThat(mastery.noticeHabit(member + 3, Map.of(), "two-step", "SIGN_ERROR_MOVING_TERM", 2, 9, now)).isEmpty();
    }

    @Test
    void aSkillStateSurvivesTheRoundTripWithItsReviewAndMisconceptionWindow() {
        Instant due = Instant.parse("2027-01-10T08:00:00Z");
        SkillMastery skill = new SkillMastery("two-step", 0.97, 1.25, 12, 0, new ReviewPlan(2, due),
                new MisconceptionWindow(List.of("", "SIGN_ERROR_MOVING_TERM", "", "SIGN_ERROR_MOVING_TERM"), 1, "SIGN_ERROR_MOVING_TERM", 3));

        records.save(member, skill, Instant.now());
        SkillMastery read = records.skillsOf(member).get("two-step");

        assertThat(read).usingRecursiveComparison().ignoringFields("review").isEqualTo(skill);
        assertThat(read.review().step()).isEqualTo(2);
        assertThat(read.review().due()).isCloseTo(due, within(1, ChronoUnit.SECONDS));
    }

    @Test
    void recordingAnAttemptStoresTheSkillAndRaisesMasteryChanged() {
        Recorded recorded = mastery.record(new LearnerRef(member, 7, 9), ASSIGNMENT, Map.of(), "two-step", 3,
                Attempt.correct(Instant.now()));

        assertThat(recorded.change().after()).isGreaterThan(recorded.change().before());
        assertThat(records.skillsOf(member)).containsKey("two-step");
        assertThat(events.stream(MasteryChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.membershipId()).isEqualTo(member);
            assertThat(event.linkId()).isEqualTo(9);
            assertThat(event.skillId()).isEqualTo("two-step");
            assertThat(event.assignmentScore()).isEqualTo(recorded.score()).isPositive();
        });
    }

    @Autowired
    MasteryHistory history;

    @Autowired
    MasteryErasure erasure;

    @Test
    void everyGradedAttemptAddsAPointToTheHistoryOldestFirstAndErasureRemovesThem() {
        Instant start = Instant.parse("2026-11-02T09:00:00Z");
        Map<String, SkillMastery> skills = Map.of();
        for (int i = 0; i < 4; i++) {
            skills = mastery.record(new LearnerRef(member, 7, 9), ASSIGNMENT, skills, i == 2 ? "distributive" : "two-step", 2,
                    Attempt.correct(start.plusSeconds(60L * i))).skills();
        }

        List<MasteryHistory.Point> points = history.of(member);

        assertThat(points).extracting(MasteryHistory.Point::skillId).containsExactly("two-step", "two-step", "distributive", "two-step");
        assertThat(points.get(0).at()).isCloseTo(start, within(1, ChronoUnit.SECONDS));
        assertThat(points.get(3).knowledge()).isGreaterThan(points.get(1).knowledge()).isGreaterThan(points.get(0).knowledge());
        assertThat(points.get(3).credit()).isEqualTo(mastery.progress(skills.get("two-step")), within(1e-9));
        assertThat(points.get(3).ability()).isEqualTo(skills.get("two-step").ability(), within(1e-9));

        erasure.erase(List.of(member));

        assertThat(history.of(member)).isEmpty();
        assertThat(records.skillsOf(member)).isEmpty();
    }

    @Test
    void misconceptionsAreCountedPerSkill() {
        Instant now = Instant.now();
        mastery.noteMisconception(member, "two-step", "SIGN_ERROR_MOVING_TERM", now);
        mastery.noteMisconception(member, "two-step", "SIGN_ERROR_MOVING_TERM", now);
        mastery.noteMisconception(member, "distributive", "DISTRIBUTE_FIRST_TERM_ONLY", now);

        assertThat(jdbc.sql("SELECT occurrences FROM mastery_misconception WHERE membership_id = ? AND skill = 'two-step'")
                .param(member).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void itemRatingChangesReachTheDatabaseAsSummedDeltas() {
        String skill = "skill-" + member;
        ItemRating start = ratings.of(skill, 4);
        ItemRating once = new ItemRating(start.difficulty() - 0.25, 1);
        ratings.update(skill, 4, start, once);
        ratings.update(skill, 4, once, new ItemRating(once.difficulty() - 0.5, 2));

        ratings.flush();

        Map<String, Object> row = jdbc.sql("SELECT difficulty, attempts FROM mastery_item_rating WHERE skill = ? AND difficulty_level = 4")
                .param(skill).query().singleRow();
        assertThat(((Number) row.get("difficulty")).doubleValue()).isCloseTo(start.difficulty() - 0.75, within(1e-9));
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
        assertThat(ratings.of(skill, 4).difficulty()).isCloseTo(start.difficulty() - 0.75, within(1e-9));
    }

    @Test
    void theNextItemComesFromTheFirstSkillWhosePrerequisitesAreMastered() {
        ItemChoice choice = mastery.choose(ASSIGNMENT, Map.of(), Instant.now());

        assertThat(choice.skillId()).isEqualTo("two-step");
        assertThat(choice.reason()).isEqualTo(ChoiceReason.TARGET_PRACTICE);
    }
}
