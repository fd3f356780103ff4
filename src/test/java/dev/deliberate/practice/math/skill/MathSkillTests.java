package dev.deliberate.practice.math.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MathSkillTests {

    @Test
    void prerequisitesAreDeclaredBeforeTheSkillsThatNeedThem() {
        for (MathSkill skill : MathSkill.values()) {
            assertThat(skill.prerequisites()).allSatisfy(below -> assertThat(below.ordinal()).isLessThan(skill.ordinal()));
        }
    }

    @Test
    void routesAStrugglingLearnerDownAndAStrongOneUp() {
        assertThat(MathSkill.TWO_STEP.prerequisites())
                .containsExactly(MathSkill.ONE_STEP_ADD_SUBTRACT, MathSkill.ONE_STEP_MULTIPLY_DIVIDE);
        assertThat(MathSkill.TWO_STEP.nextSkills()).containsExactly(MathSkill.NEGATIVE_NUMBERS, MathSkill.DECIMALS,
                MathSkill.DISTRIBUTIVE_PROPERTY, MathSkill.VARIABLES_BOTH_SIDES, MathSkill.WORD_PROBLEMS);
        assertThat(MathSkill.FRACTIONS.allPrerequisites()).contains(MathSkill.FRACTION_ARITHMETIC,
                MathSkill.NEGATIVE_NUMBERS, MathSkill.TWO_STEP, MathSkill.INTEGER_ARITHMETIC);
    }

    @Test
    void nextSkillsAreExactlyTheSkillsThatNameThisOneAsAPrerequisite() {
        for (MathSkill skill : MathSkill.values()) {
            for (MathSkill next : skill.nextSkills()) {
                assertThat(next.prerequisites()).contains(skill);
            }
            assertThat(skill.prerequisites()).allSatisfy(below -> assertThat(below.nextSkills()).contains(skill));
        }
    }

    @Test
    void everySkillButIntegerArithmeticBuildsOnIt() {
        assertThat(Arrays.stream(MathSkill.values()).filter(skill -> skill != MathSkill.INTEGER_ARITHMETIC))
                .allSatisfy(skill -> assertThat(skill.allPrerequisites()).contains(MathSkill.INTEGER_ARITHMETIC));
    }

    @Test
    void findsSkillsByTheirStableId() {
        assertThat(MathSkill.byId("variables-both-sides")).contains(MathSkill.VARIABLES_BOTH_SIDES);
        assertThat(MathSkill.byId("calculus")).isEmpty();
        assertThat(MathSkill.WORD_PROBLEMS.messageKey()).isEqualTo("math.skill.word-problems");
    }
}
