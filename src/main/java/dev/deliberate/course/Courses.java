package dev.deliberate.course;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.deliberate.shared.DbTime;

/**
 * Read access to courses for the other modules. Every query is scoped by the caller's
 * {@link CourseSession}: there is no way to name another course.
 */
@Component
public class Courses {

    private static final String LAUNCHED = Courses.class.getName() + ".launched";

    private final JdbcClient jdbc;
    private final LiveMemberships members;

    Courses(JdbcClient jdbc, LiveMemberships members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /**
     * The course, assignment and person of a session. A launch's own request answers from what the
     * launch just recorded ({@link #launched}), without reading it back.
     */
    public CourseOverview overview(CourseSession session) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(LAUNCHED, RequestAttributes.SCOPE_REQUEST) instanceof Launched launched
                && launched.membershipId() == session.membershipId() && launched.linkId() == session.linkId()) {
            return launched.overview();
        }
        return jdbc.sql("""
                SELECT c.title AS course_title, c.label AS course_label, l.title AS link_title,
                       p.name, p.given_name, p.family_name
                FROM course_membership m
                JOIN course_context c ON c.id = m.context_id
                JOIN course_person p ON p.id = m.person_id
                LEFT JOIN course_resource_link l ON l.id = ? AND l.context_id = c.id
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
                SELECT m.id, p.name, p.given_name, p.family_name, m.first_launch_at, m.last_launch_at, m.launch_count, p.subject
                FROM course_membership m JOIN course_person p ON p.id = m.person_id
                WHERE m.context_id = ? AND m.role = ?
                ORDER BY p.family_name, p.given_name, p.name, m.id""")
                .params(session.contextId(), role.name())
                .query((rs, i) -> new Member(rs.getLong("id"), displayName(rs.getString("name"), rs.getString("given_name"),
                        rs.getString("family_name")), DbTime.read(rs, "first_launch_at"), DbTime.read(rs, "last_launch_at"),
                        rs.getInt("launch_count"), rs.getString("subject")))
                .list();
    }

    /** The platform registration, deployment and LMS course id of the session's course. */
    public CoursePlacement placement(CourseSession session) {
        return jdbc.sql("SELECT platform_id, deployment_id, lms_context_id FROM course_context WHERE id = ?").param(session.contextId())
                .query((rs, i) -> new CoursePlacement(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
    }

    /** Where a course lives at its platform. */
    public record CoursePlacement(long platformId, String deploymentId, String lmsContextId) {
    }

    /**
     * Where a member's grade for an assignment goes; empty when the link or membership is unknown.
     * Its language is the course's: that of the teacher who opened the course last (the language
     * they chose in the tool, else their LMS's), else the student's own.
     */
    public java.util.Optional<GradeTarget> gradeTarget(long linkId, long membershipId) {
        return jdbc.sql("""
                SELECT c.platform_id, c.lineitems_url, l.lineitem_url, l.lineitem_maximum, l.lms_link_id, l.title, p.subject,
                       c.platform_family,
                       COALESCE((SELECT COALESCE(tp.chosen_locale, tp.locale) FROM course_membership tm
                                 JOIN course_person tp ON tp.id = tm.person_id
                                 WHERE tm.context_id = c.id AND tm.role = 'TEACHER'
                                   AND COALESCE(tp.chosen_locale, tp.locale) IS NOT NULL
                                 ORDER BY tm.last_launch_at DESC LIMIT 1),
                                COALESCE(p.chosen_locale, p.locale)) AS course_locale
                FROM course_resource_link l
                JOIN course_context c ON c.id = l.context_id
                JOIN course_membership m ON m.context_id = c.id AND m.id = ?
                JOIN course_person p ON p.id = m.person_id
                WHERE l.id = ?""")
                .params(membershipId, linkId)
                .query((rs, i) -> new GradeTarget(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Double.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    /**
     * Remembers the line item found or created for an assignment, so later scores go straight to it,
     * and ends the claim of whoever was looking for it.
     */
    public void recordLineItem(long linkId, String lineItemUrl, double scoreMaximum) {
        jdbc.sql("UPDATE course_resource_link SET lineitem_url = ?, lineitem_maximum = ?, lineitem_claimed_by = NULL, "
                + "lineitem_claimed_until = NULL WHERE id = ?")
                .params(lineItemUrl, scoreMaximum, linkId).update();
    }

    /**
     * Takes the right to find or create the line item of an assignment whose line item is not known
     * yet, for {@code holder} until {@code until}: every sender thread of every node would otherwise
     * look in an empty container at once and create a gradebook column each. False when the line
     * item is known now, or another holder's claim is still running.
     */
    public boolean claimLineItem(long linkId, String holder, Instant now, Instant until) {
        return jdbc.sql("UPDATE course_resource_link SET lineitem_claimed_by = ?, lineitem_claimed_until = ? WHERE id = ? "
                + "AND lineitem_url IS NULL AND (lineitem_claimed_until IS NULL OR lineitem_claimed_until < ?)")
                .params(holder, DbTime.of(until), linkId, DbTime.of(now)).update() == 1;
    }

    /** Gives up a claim on finding the line item (the lookup failed), so the next sender may try at once. */
    public void releaseLineItem(long linkId, String holder) {
        jdbc.sql("UPDATE course_resource_link SET lineitem_claimed_by = NULL, lineitem_claimed_until = NULL "
                + "WHERE id = ? AND lineitem_claimed_by = ?").params(linkId, holder).update();
    }

    /**
     * The settings of the session's assignment: those the teacher saved in Deliberate when there are
     * any (they win), else those chosen through Deep Linking; empty for a link that has neither.
     */
    public java.util.Optional<AssignmentSettings> assignmentOf(CourseSession session) {
        return jdbc.sql("""
                SELECT COALESCE(a.title, l.title), COALESCE(s.subject, a.subject), COALESCE(s.skills, a.skills), COALESCE(s.target_score, a.target_score),
                       COALESCE(s.minimum_items, a.minimum_items), COALESCE(s.contexts, a.contexts),
                       COALESCE(s.reflection_required, a.reflection_required), COALESCE(a.llm_enabled, FALSE)
                FROM course_resource_link l
                LEFT JOIN course_assignment a ON a.id = l.assignment_id
                LEFT JOIN course_link_settings s ON s.link_id = l.id
                WHERE l.id = ? AND l.context_id = ? AND (a.id IS NOT NULL OR s.link_id IS NOT NULL)""")
                .params(session.linkId(), session.contextId())
                .query((rs, i) -> new AssignmentSettings(rs.getString(1), rs.getString(2), list(rs.getString(3)), rs.getDouble(4),
                        rs.getInt(5), list(rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8)))
                .optional();
    }

    /** The assignments (resource links) of the session's course that someone has launched, by title. */
    public List<CourseLink> links(CourseSession session) {
        return jdbc.sql("SELECT id, title FROM course_resource_link WHERE context_id = ? ORDER BY title, id").param(session.contextId())
                .query((rs, i) -> new CourseLink(rs.getLong(1), rs.getString(2))).list();
    }

    /** An assignment of a course as the LMS names it ({@code title} may be null). */
    public record CourseLink(long linkId, String title) {
    }

    /** Whether the teacher saved settings in Deliberate for the session's assignment (they then win over Deep Linking's). */
    public boolean hasSavedSettings(CourseSession session) {
        return jdbc.sql("SELECT COUNT(*) FROM course_link_settings s JOIN course_resource_link l ON l.id = s.link_id "
                + "WHERE s.link_id = ? AND l.context_id = ?").params(session.linkId(), session.contextId()).query(Long.class).single() > 0;
    }

    /**
     * The words of a member's name as the LMS shares it (full, given and family), for a module that
     * already holds the member's id from the member's own session: a problem never stars a
     * character with the student's own name. Cached for two minutes (a renamed student's new name is
     * avoided from then on).
     */
    public java.util.Set<String> nameWordsOf(long membershipId) {
        return members.nameWords(membershipId);
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    /** Leaves on the launch's request what the page header of its landing shows, as the launch recorded it. */
    static void launched(HttpServletRequest request, long membershipId, long linkId, CourseOverview overview) {
        request.setAttribute(LAUNCHED, new Launched(membershipId, linkId, overview));
    }

    private record Launched(long membershipId, long linkId, CourseOverview overview) {
    }

    static String displayName(String name, String given, String family) {
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

    /** The platform's user id ({@code sub}) of each member with {@code role} in the session's course, to membership id. */
    public java.util.Map<String, Long> userIds(CourseSession session, CourseRole role) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT p.subject, m.id FROM course_membership m JOIN course_person p ON p.id = m.person_id
                WHERE m.context_id = ? AND m.role = ?""")
                .params(session.contextId(), role.name())
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    /**
     * A member of the course as the teacher sees them.
     *
     * @param name   as the LMS shares it, or null
     * @param userId the platform's user id ({@code sub}), stable across launches
     */
    public record Member(long membershipId, String name, Instant firstLaunch, Instant lastLaunch, int launches, String userId) {
    }
}
