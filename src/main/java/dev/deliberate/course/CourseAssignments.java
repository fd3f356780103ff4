package dev.deliberate.course;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.TransactionManagers;

/**
 * Assignments a teacher configured through Deep Linking. One is created per Deep Linking response
 * and travels to the platform as the custom parameter {@value CourseLaunchHandler#ASSIGNMENT_PARAMETER}
 * of the link, signed for the platform (see {@link AssignmentReferences}); the link's first launch
 * binds it. A teacher may change the settings of a launched assignment later ({@link #saveSettings}):
 * those are kept per link and win over the Deep Linking choice from then on.
 */
@Component
public class CourseAssignments {

    private final JdbcClient jdbc;
    private final AssignmentReferences references;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CourseAssignments(JdbcClient jdbc, AssignmentReferences references, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.references = references;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Saves the teacher's settings for the session's assignment (subject, skills, target, minimum,
     * contexts, reflection; title and LLM stay as chosen in Deep Linking), then publishes
     * {@link AssignmentSettingsChanged} in the same transaction.
     */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public void saveSettings(CourseSession teacher, AssignmentSettings settings) {
        Object[] values = { settings.subject(), String.join(",", settings.skills()), settings.targetScore(), settings.minimumItems(),
            String.join(",", settings.contexts()), settings.reflectionRequired(), DbTime.of(clock.instant()) };
        int updated = jdbc.sql("""
                UPDATE course_link_settings SET subject = ?, skills = ?, target_score = ?, minimum_items = ?, contexts = ?, reflection_required = ?,
                    updated_at = ? WHERE link_id = (SELECT l.id FROM course_resource_link l WHERE l.id = ? AND l.context_id = ?)""")
                .params(append(values, teacher.linkId(), teacher.contextId())).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO course_link_settings (subject, skills, target_score, minimum_items, contexts, reflection_required,
                            updated_at, link_id) SELECT ?, ?, ?, ?, ?, ?, ?, l.id FROM course_resource_link l WHERE l.id = ? AND l.context_id = ?""")
                        .params(append(values, teacher.linkId(), teacher.contextId())).update();
            }
            catch (DuplicateKeyException savedMeanwhile) {
                saveSettings(teacher, settings);
                return;
            }
        }
        events.publishEvent(new AssignmentSettingsChanged(teacher));
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
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
