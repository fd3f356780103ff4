package dev.deliberate.teacher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.deliberate.mastery.Attempt;
import dev.deliberate.mastery.AttemptResult;
import dev.deliberate.mastery.ChoiceReason;
import dev.deliberate.mastery.ItemChoice;
import dev.deliberate.mastery.LearnerModel;
import dev.deliberate.mastery.MasterySettings;
import dev.deliberate.mastery.MisconceptionCount;
import dev.deliberate.mastery.NextItemPolicy;
import dev.deliberate.mastery.NextItemRequest;
import dev.deliberate.mastery.PolicySettings;
import dev.deliberate.mastery.SkillMastery;
import dev.deliberate.mastery.SkillState;
import dev.deliberate.mastery.model.MisconceptionWindow;
import dev.deliberate.mastery.simulation.Curriculum;
import dev.deliberate.mastery.simulation.ItemBank;
import dev.deliberate.mastery.simulation.LearnerProfile;
import dev.deliberate.mastery.simulation.SyntheticLearner;
import dev.deliberate.practice.AssignmentOutline;
import dev.deliberate.practice.math.skill.MathSkill;

/**
 * A class of synthetic learners with planted profiles, practising the real math skill map under the
 * real learner model and next-item policy (the engine's choices, the engine's updates), as the
 * mastery simulation does. What comes out is what the teacher's grouping reads: per student, the
 * skill states and misconception counts.
 */
final class SyntheticClass {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    /** The planted kinds of learner, each with the group a teacher should see them in. */
    enum Planted {
        FRACTIONS("need-fractions", new LearnerProfile("weak in fractions",
                Map.of("fraction-arithmetic", -3.5, "fractions", -3.5), 0.5, 0.05, 0.05, 0.6)),
        WORD_PROBLEMS("need-word-problems", new LearnerProfile("weak in word problems",
                Map.of("word-problems", -3.5), 0.5, 0.05, 0.05, 0.6)),
        STRONG("ready-for-challenge", new LearnerProfile("strong", Map.of(), 1.5, 0.10, 0.02, 0.3)),
        BASIC_OPERATIONS("need-basic-operations", new LearnerProfile("weak in basic operations",
                Map.of("integer-arithmetic", -2.5, "one-step-add-subtract", -1.5, "one-step-multiply-divide", -1.5), -0.5,
                0.04, 0.05, 0.6)),
        ON_TRACK("on-track", new LearnerProfile("average, started late", Map.of(), 0.3, 0.06, 0.05, 0.5)),
        NOT_STARTED("not-started", new LearnerProfile("never opened it", Map.of(), 0.0, 0.06, 0.05, 0.5));

        final String group;
        final LearnerProfile profile;

        Planted(String group, LearnerProfile profile) {
            this.group = group;
            this.profile = profile;
        }

        /** How many items a learner of this kind has done: most a couple of lessons' worth, latecomers a few. */
        int items(SplittableRandom random) {
            return switch (this) {
                case NOT_STARTED -> 0;
                case ON_TRACK -> 12 + random.nextInt(10);
                default -> 70 + random.nextInt(40);
            };
        }
    }

    /** One student: who they really are, and what the learner model made of them. */
    record Student(Planted planted, LearnerSnapshot snapshot) {
    }

    static final Curriculum MATH = mathCurriculum();

    private final LearnerModel model = new LearnerModel(MasterySettings.DEFAULTS);
    private final NextItemPolicy policy = new NextItemPolicy(model, PolicySettings.DEFAULTS);

    /** The default math assignment as the practice engine serves it. */
    static AssignmentOutline outline() {
        Map<String, String> topics = new HashMap<>();
        Arrays.stream(MathSkill.values()).forEach(skill -> topics.put(skill.id(), skill.topic()));
        return new AssignmentOutline("math", MATH.assignment(), MATH.skills(), MATH.prerequisites(), topics, 1.0, 20);
    }

    /** A class of the given composition; the item bank is shared, as the engine's ratings are. */
    List<Student> run(Map<Planted, Integer> composition, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ItemBank bank = new ItemBank(MATH);
        List<Student> students = new ArrayList<>();
        long id = 1;
        for (Map.Entry<Planted, Integer> kind : composition.entrySet()) {
            for (int i = 0; i < kind.getValue(); i++) {
                SyntheticLearner learner = new SyntheticLearner(kind.getKey().profile, MATH, random.nextLong());
                students.add(new Student(kind.getKey(), practise(id++, learner, kind.getKey().items(random), bank)));
            }
        }
        return students;
    }

    private LearnerSnapshot practise(long membershipId, SyntheticLearner learner, int items, ItemBank bank) {
        Map<String, SkillMastery> skills = new LinkedHashMap<>();
        Map<List<String>, Integer> counts = new HashMap<>();
        int detour = 0;
        for (int n = 0; n < items; n++) {
            Instant now = START.plus(Duration.ofMinutes(2L * n));
            ItemChoice choice = policy.choose(
                    new NextItemRequest(MATH.assignment(), skills, MATH.skillMap(), bank.candidates(), now, detour));
            detour = choice.reason() == ChoiceReason.PREREQUISITE_REVIEW ? detour + 1 : 0;
            int level = choice.difficulty();
            String skill = choice.skillId();
            boolean correct = learner.answers(skill, MATH.trueDifficulty(level));
            String code = correct ? MisconceptionWindow.NONE : learner.misconceptionIn(skill);
            AttemptResult result = model.record(skills.getOrDefault(skill, model.unpractised(skill)), bank.rating(skill, level),
                    correct ? Attempt.correct(now) : Attempt.incorrect(code, now));
            skills.put(skill, result.skill());
            bank.rerate(skill, level, result.item());
            if (!code.isEmpty()) {
                counts.merge(List.of(skill, code), 1, Integer::sum);
            }
            learner.practises(skill);
        }
        List<MisconceptionCount> misconceptions = counts.entrySet().stream()
                .map(e -> new MisconceptionCount(e.getKey().get(0), e.getKey().get(1), e.getValue(), START)).toList();
        return LearnerSnapshot.of(membershipId, items, skills.values().stream().map(SkillState::of).toList(), misconceptions);
    }

    private static Curriculum mathCurriculum() {
        List<String> skills = Arrays.stream(MathSkill.values()).map(MathSkill::id).toList();
        Map<String, List<String>> prerequisites = new HashMap<>();
        Arrays.stream(MathSkill.values()).forEach(s -> prerequisites.put(s.id(), s.prerequisites().stream().map(MathSkill::id).toList()));
        List<String> assignment = skills.stream().filter(s -> !s.equals("integer-arithmetic") && !s.equals("fraction-arithmetic")).toList();
        Map<String, String> typical = new HashMap<>(Map.of("integer-arithmetic", "ARITHMETIC_SLIP", "fraction-arithmetic",
                "RECIPROCAL_OR_FRACTION_ERROR", "one-step-add-subtract", "SIGN_ERROR_MOVING_TERM", "one-step-multiply-divide",
                "ONE_SIDE_ONLY", "two-step", "DIVIDE_ONE_TERM_ONLY", "negative-numbers", "SIGN_ERROR_MOVING_TERM", "decimals",
                "ARITHMETIC_SLIP", "distributive-property", "DISTRIBUTE_FIRST_TERM_ONLY", "variables-both-sides",
                "COMBINED_UNLIKE_TERMS", "fractions", "RECIPROCAL_OR_FRACTION_ERROR"));
        typical.put("word-problems", "UNKNOWN");
        return new Curriculum(skills, assignment, prerequisites, typical, 5);
    }
}
