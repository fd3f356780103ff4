package dev.deliberate.practice.math.skill;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The skill map for linear equations. Each skill names the skills it builds on, so the practice
 * loop can route a struggling learner down ({@link #prerequisites()}) and a strong one up to a
 * challenge ({@link #nextSkills()}). Constants are declared so that prerequisites come first.
 */
public enum MathSkill {

    INTEGER_ARITHMETIC("integer-arithmetic"),
    FRACTION_ARITHMETIC("fraction-arithmetic", INTEGER_ARITHMETIC),
    ONE_STEP_ADD_SUBTRACT("one-step-add-subtract", INTEGER_ARITHMETIC),
    ONE_STEP_MULTIPLY_DIVIDE("one-step-multiply-divide", INTEGER_ARITHMETIC),
    TWO_STEP("two-step", ONE_STEP_ADD_SUBTRACT, ONE_STEP_MULTIPLY_DIVIDE),
    NEGATIVE_NUMBERS("negative-numbers", TWO_STEP),
    DECIMALS("decimals", TWO_STEP),
    DISTRIBUTIVE_PROPERTY("distributive-property", TWO_STEP),
    VARIABLES_BOTH_SIDES("variables-both-sides", TWO_STEP, NEGATIVE_NUMBERS),
    FRACTIONS("fractions", FRACTION_ARITHMETIC, NEGATIVE_NUMBERS),
    WORD_PROBLEMS("word-problems", TWO_STEP);

    private final String id;
    private final List<MathSkill> prerequisites;

    MathSkill(String id, MathSkill... prerequisites) {
        this.id = id;
        this.prerequisites = List.of(prerequisites);
    }

    /** Stable identifier for storage and URLs, e.g. {@code two-step}. */
    public String id() {
        return id;
    }

    /** Key of the display name in the math message bundle. */
    public String messageKey() {
        return "math.skill." + id;
    }

    /**
     * What a teacher calls the need when a student struggles with this skill: the number work under
     * the one-step equations is "basic operations", fraction arithmetic belongs with equations with
     * fractions, and every other skill is its own topic. Key of its name: {@code math.topic.<topic>}.
     */
    public String topic() {
        return switch (this) {
            case INTEGER_ARITHMETIC, ONE_STEP_ADD_SUBTRACT, ONE_STEP_MULTIPLY_DIVIDE -> "basic-operations";
            case FRACTION_ARITHMETIC, FRACTIONS -> "fractions";
            default -> id;
        };
    }

    /** The skills this one builds on directly: where to send a learner who struggles. */
    public List<MathSkill> prerequisites() {
        return prerequisites;
    }

    /** Every skill below this one, direct or not. */
    public Set<MathSkill> allPrerequisites() {
        Set<MathSkill> below = EnumSet.noneOf(MathSkill.class);
        for (MathSkill direct : prerequisites) {
            below.add(direct);
            below.addAll(direct.allPrerequisites());
        }
        return below;
    }

    /** The skills that build on this one directly: where to challenge a learner who has it. */
    public List<MathSkill> nextSkills() {
        return Arrays.stream(values()).filter(skill -> skill.prerequisites.contains(this)).toList();
    }

    /** The skill with the given {@link #id()}. */
    public static Optional<MathSkill> byId(String id) {
        return Arrays.stream(values()).filter(skill -> skill.id.equals(id)).findFirst();
    }
}
