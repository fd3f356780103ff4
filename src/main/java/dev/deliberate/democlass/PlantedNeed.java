package dev.deliberate.democlass;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import dev.deliberate.mastery.simulation.LearnerProfile;

/**
 * The needs planted in the demo class, each with the group the teacher should see it in and the
 * simulated learner that has it. The profiles are those the grouping's accuracy was measured on
 * (docs/teacher.md, "Accuracy on synthetic classes").
 */
public enum PlantedNeed {

    FRACTIONS("need-fractions", new LearnerProfile("weak in fractions", Map.of("fraction-arithmetic", -3.5, "fractions", -3.5), 0.5,
            0.05, 0.05, 0.6)),
    WORD_PROBLEMS("need-word-problems", new LearnerProfile("weak in word problems", Map.of("word-problems", -3.5), 0.5, 0.05, 0.05,
            0.6)),
    STRONG("ready-for-challenge", new LearnerProfile("strong", Map.of(), 1.5, 0.10, 0.02, 0.3)),
    BASIC_OPERATIONS("need-basic-operations", new LearnerProfile("weak in basic operations",
            Map.of("integer-arithmetic", -2.5, "one-step-add-subtract", -1.5, "one-step-multiply-divide", -1.5), -0.5, 0.04, 0.05,
            0.6));

    /**
     * The need of each demo student in roster order (demo-student-01 first): F fractions, W word
     * problems, S strong, B basic operations; 10, 8, 7 and 5 of them.
     */
    static final String ROSTER = "FWSFBWFSWFBSWFWSFBWFSWBFSWFBSF";

    private final String group;
    private final LearnerProfile profile;

    PlantedNeed(String group, LearnerProfile profile) {
        this.group = group;
        this.profile = profile;
    }

    /** The class view's group key ({@code data-group}) a student of this need belongs in. */
    public String group() {
        return group;
    }

    LearnerProfile profile() {
        return profile;
    }

    /** How many problems a student of this need does: a couple of lessons' worth. */
    int problems(SplittableRandom random) {
        return 70 + random.nextInt(40);
    }

    /** The planted need of the demo student at this place of the roster (0 for demo-student-01). */
    public static PlantedNeed ofStudent(int index) {
        return switch (ROSTER.charAt(index)) {
            case 'F' -> FRACTIONS;
            case 'W' -> WORD_PROBLEMS;
            case 'S' -> STRONG;
            case 'B' -> BASIC_OPERATIONS;
            default -> throw new IllegalArgumentException("no need " + ROSTER.charAt(index));
        };
    }

    /** The planted need of each demo student, by platform user id ({@code demo-student-01} …). */
    public static Map<String, PlantedNeed> roster() {
        Map<String, PlantedNeed> needs = new LinkedHashMap<>();
        for (int i = 0; i < ROSTER.length(); i++) {
            needs.put("demo-student-%02d".formatted(i + 1), ofStudent(i));
        }
        return needs;
    }
}
