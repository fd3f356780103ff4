package dev.deliberate.course;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * Assignments a teacher configured through Deep Linking. One is created per Deep Linking response
 * and travels to the platform as the custom parameter {@value CourseLaunchHandler#ASSIGNMENT_PARAMETER}
 * of the link, signed for the platform (see {@link AssignmentReferences}); the link's first launch
 * binds it.
 */
@Component
public class CourseAssignments {

    private final JdbcClient jdbc;
    private final AssignmentReferences references;
    private final Clock clock;

    CourseAssignments(JdbcClient jdbc, AssignmentReferences references, Clock clock) {
        this.jdbc = jdbc;
        this.references = references;
        this.clock = clock;
    }

    /** Stores the teacher's settings for a new assignment on a platform deployment; returns its id. */
    public long create(long platformId, String deploymentId, String lmsContextId, AssignmentSettings settings) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO course_assignment (platform_id, deployment_id, lms_context_id, title, subject, skills, target_score,
                    minimum_items, contexts, reflection_required, llm_enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(platformId, deploymentId, lmsContextId, settings.title(), settings.subject(), String.join(",", settings.skills()),
                        settings.targetScore(), settings.minimumItems(), String.join(",", settings.contexts()),
                        settings.reflectionRequired(), settings.llmEnabled(), DbTime.of(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The parameter name the platform must send back on launches of the created link. */
    public static String parameterName() {
        return CourseLaunchHandler.ASSIGNMENT_PARAMETER;
    }

    /** The parameter's value for an assignment created on this platform: its id, signed, so no other can be typed in. */
    public String parameterValue(long assignmentId, long platformId) {
        return references.sign(assignmentId, platformId);
    }
}
