package dev.deliberate.course;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.lti.RegistrationData;

/**
 * What the application keeps of a platform registration: its people, courses, links, memberships
 * and assignments here, and whatever the modules above keep of them, which {@link CoursesDeleted}
 * asks them to delete in the same transaction.
 */
@Component
class RegistrationCourses implements RegistrationData {

    private static final String CONTEXTS = "SELECT id FROM course_context WHERE platform_id = ?";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ContextPlatforms platforms;

    RegistrationCourses(JdbcClient jdbc, ApplicationEventPublisher events, ContextPlatforms platforms) {
        this.jdbc = jdbc;
        this.events = events;
        this.platforms = platforms;
    }

    @Override
    public Holdings holdings(long registrationId) {
        return new Holdings(
                count("SELECT COUNT(*) FROM course_person WHERE platform_id = ?", registrationId),
                count("""
                        SELECT COUNT(DISTINCT m.person_id) FROM course_membership m JOIN course_context c ON c.id = m.context_id
                        WHERE c.platform_id = ? AND m.role = 'STUDENT'""", registrationId),
                count("SELECT COUNT(*) FROM course_context WHERE platform_id = ?", registrationId),
                count("SELECT COUNT(*) FROM course_assignment WHERE platform_id = ?", registrationId));
    }

    @Override
    public Holdings delete(long registrationId) {
        Holdings held = holdings(registrationId);
        List<Long> contexts = ids(CONTEXTS, registrationId);
        List<Long> links = ids("SELECT l.id FROM course_resource_link l JOIN course_context c ON c.id = l.context_id "
                + "WHERE c.platform_id = ?", registrationId);
        // a person belongs to the registration of their courses; both ways are asked, so no member is missed
        List<Long> memberships = jdbc.sql("""
                SELECT m.id FROM course_membership m JOIN course_context c ON c.id = m.context_id WHERE c.platform_id = ?
                UNION
                SELECT m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id WHERE p.platform_id = ?""")
                .params(registrationId, registrationId).query(Long.class).list();
        delete("DELETE FROM course_membership WHERE context_id IN (" + CONTEXTS + ")", registrationId);
        delete("DELETE FROM course_membership WHERE person_id IN (SELECT id FROM course_person WHERE platform_id = ?)", registrationId);
        delete("DELETE FROM course_link_settings WHERE link_id IN (SELECT l.id FROM course_resource_link l "
                + "WHERE l.context_id IN (" + CONTEXTS + "))", registrationId);
        delete("DELETE FROM course_resource_link WHERE context_id IN (" + CONTEXTS + ")", registrationId);
        delete("DELETE FROM course_context WHERE platform_id = ?", registrationId);
        delete("DELETE FROM course_person WHERE platform_id = ?", registrationId);
        delete("DELETE FROM course_assignment WHERE platform_id = ?", registrationId);
        events.publishEvent(new CoursesDeleted(registrationId, contexts, links, memberships));
        platforms.forget(contexts);
        return held;
    }

    private long count(String sql, long registrationId) {
        return jdbc.sql(sql).param(registrationId).query(Long.class).single();
    }

    private List<Long> ids(String sql, long registrationId) {
        return jdbc.sql(sql).param(registrationId).query(Long.class).list();
    }

    private void delete(String sql, long registrationId) {
        jdbc.sql(sql).param(registrationId).update();
    }
}
