package dev.deliberate.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.deliberate.lti.LtiRole;

/** Role mapping, which the forged-launch tests cover only at its edges. */
class IdTokenRulesTests {

    private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Test
    void teachingRolesMakeATeacherEvenAlongsideLearner() {
        assertThat(LtiRole.from(List.of(CONTEXT + "Learner", CONTEXT + "Instructor"))).contains(LtiRole.TEACHER);
        assertThat(LtiRole.from(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
                .contains(LtiRole.TEACHER);
        assertThat(LtiRole.from(List.of(CONTEXT + "ContentDeveloper"))).contains(LtiRole.TEACHER);
        assertThat(LtiRole.from(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator")))
                .contains(LtiRole.TEACHER);
    }

    @Test
    void learnersAreStudentsIncludingBySimpleName() {
        assertThat(LtiRole.from(List.of(CONTEXT + "Learner", "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student")))
                .contains(LtiRole.STUDENT);
        assertThat(LtiRole.from(List.of("Learner"))).contains(LtiRole.STUDENT);
    }

    @Test
    void anyOtherRoleSetIsRefused() {
        assertThat(LtiRole.from(List.of())).isEmpty();
        assertThat(LtiRole.from(List.of(CONTEXT + "Mentor"))).isEmpty();
        assertThat(LtiRole.from(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student"))).isEmpty();
        assertThat(LtiRole.from(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#User"))).isEmpty();
    }
}
