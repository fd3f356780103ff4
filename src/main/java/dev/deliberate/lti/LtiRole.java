package dev.deliberate.lti;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a launched user may do in the tool. Teachers are the LIS context roles Instructor,
 * TeachingAssistant (an Instructor sub-role), ContentDeveloper and Administrator, plus institution
 * and system administrators; students are Learners. Any other role set is refused.
 */
public enum LtiRole {
    TEACHER, STUDENT;

    private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTRUCTOR_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#";
    private static final String LEARNER_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#";

    private static final Set<String> TEACHER_ROLES = Set.of(
            CONTEXT + "Instructor",
            CONTEXT + "ContentDeveloper",
            CONTEXT + "Administrator",
            INSTRUCTOR_SUB + "TeachingAssistant",
            INSTRUCTOR_SUB + "PrimaryInstructor",
            INSTRUCTOR_SUB + "SecondaryInstructor",
            INSTRUCTOR_SUB + "Lecturer",
            INSTRUCTOR_SUB + "Grader",
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin",
            // LTI 1.3 lets platforms send context roles by their simple names
            "Instructor", "ContentDeveloper", "Administrator", "TeachingAssistant");

    private static final Set<String> STUDENT_ROLES = Set.of(
            CONTEXT + "Learner",
            LEARNER_SUB + "Learner",
            LEARNER_SUB + "NonCreditLearner",
            "Learner");

    /** The tool role for a {@code roles} claim: teacher wins over student; empty when neither applies. */
    public static Optional<LtiRole> from(Collection<String> roles) {
        if (roles.stream().anyMatch(TEACHER_ROLES::contains)) {
            return Optional.of(TEACHER);
        }
        if (roles.stream().anyMatch(STUDENT_ROLES::contains)) {
            return Optional.of(STUDENT);
        }
        return Optional.empty();
    }
}
