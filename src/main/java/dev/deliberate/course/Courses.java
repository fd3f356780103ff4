package dev.deliberate.course;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * Read access to courses for the other modules. Every query is scoped by the caller's
 * {@link CourseSession}: there is no way to name another course.
 */
@Component
public class Courses {

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The course, assignment and person of a session. */
    public CourseOverview overview(CourseSession session) {
        return jdbc.sql("""
                SELECT c.title AS course_title, c.label AS course_label, l.title AS link_title,
                       p.name, p.given_name, p.family_name
                FROM course_membership m
                JOIN course_context c ON c.id = m.context_id
                JOIN course_person p ON p.id = m.person_id
                JOIN course_resource_link l ON l.id = ? AND l.context_id = c.id
                WHERE m.id = ? AND m.context_id = ?""")
                .params(session.linkId(), session.membershipId(), session.contextId())
                .query((rs, i) -> new CourseOverview(rs.getString("course_title"), rs.getString("course_label"),
                        rs.getString("link_title"), displayName(rs.getString("name"), rs.getString("given_name"),
                                rs.getString("family_name")), session.role()))
                .single();
    }

    /** The members of the session's course with the given role, by family then given name. */
    public List<Member> members(CourseSession session, CourseRole role) {
        return jdbc.sql("""
                SELECT m.id, p.name, p.given_name, p.family_name, m.first_launch_at, m.last_launch_at, m.launch_count
                FROM course_membership m JOIN course_person p ON p.id = m.person_id
                WHERE m.context_id = ? AND m.role = ?
                ORDER BY p.family_name, p.given_name, p.name, m.id""")
                .params(session.contextId(), role.name())
                .query((rs, i) -> new Member(rs.getLong("id"), displayName(rs.getString("name"), rs.getString("given_name"),
                        rs.getString("family_name")), DbTime.read(rs, "first_launch_at"), DbTime.read(rs, "last_launch_at"),
                        rs.getInt("launch_count")))
                .list();
    }

    private static String displayName(String name, String given, String family) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return joined.isEmpty() ? null : joined;
    }

    /** What a page header shows. {@code personName} is null when the LMS shares no name. */
    public record CourseOverview(String courseTitle, String courseLabel, String assignmentTitle, String personName,
            CourseRole role) {
    }

    /** A member of the course as the teacher sees them. */
    public record Member(long membershipId, String name, Instant firstLaunch, Instant lastLaunch, int launches) {
    }
}
