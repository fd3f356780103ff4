package dev.deliberate.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.ExportRows;
import dev.deliberate.shared.IdBatches;

/** The course module's own rows of a person or a course, found, exported and deleted for the operator. */
@Component
class CourseRows {

    private final JdbcClient jdbc;

    CourseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean personExists(long personId) {
        return count("SELECT COUNT(*) FROM course_person WHERE id = ?", personId) > 0;
    }

    boolean courseExists(long contextId) {
        return count("SELECT COUNT(*) FROM course_context WHERE id = ?", contextId) > 0;
    }

    List<Long> membershipsOf(long personId) {
        return ids("SELECT id FROM course_membership WHERE person_id = ? ORDER BY id", personId);
    }

    Optional<Long> membership(long contextId, long personId) {
        return jdbc.sql("SELECT id FROM course_membership WHERE context_id = ? AND person_id = ?").params(contextId, personId)
                .query(Long.class).optional();
    }

    List<Long> membershipsIn(long contextId) {
        return ids("SELECT id FROM course_membership WHERE context_id = ? ORDER BY id", contextId);
    }

    List<Long> linksOf(long contextId) {
        return ids("SELECT id FROM course_resource_link WHERE context_id = ? ORDER BY id", contextId);
    }

    /** A person's row, their memberships and the courses they are in. */
    Map<String, List<Map<String, Object>>> exportPerson(long personId) {
        List<Long> person = List.of(personId);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("course_person", ExportRows.read(jdbc, "SELECT * FROM course_person WHERE id IN (:ids)", person));
        tables.put("course_membership", ExportRows.read(jdbc, "SELECT * FROM course_membership WHERE person_id IN (:ids) ORDER BY id", person));
        tables.put("course_context", ExportRows.read(jdbc, "SELECT id, platform_id, lms_context_id, title, label FROM course_context "
                + "WHERE id IN (SELECT context_id FROM course_membership WHERE person_id IN (:ids)) ORDER BY id", person));
        return tables;
    }

    /** A course, its links and their settings, its assignments, its memberships and its people. */
    Map<String, List<Map<String, Object>>> exportCourse(long contextId) {
        List<Long> course = List.of(contextId);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("course_context", ExportRows.read(jdbc, "SELECT * FROM course_context WHERE id IN (:ids)", course));
        tables.put("course_resource_link", ExportRows.read(jdbc, "SELECT * FROM course_resource_link WHERE context_id IN (:ids) ORDER BY id", course));
        tables.put("course_link_settings", ExportRows.read(jdbc, "SELECT * FROM course_link_settings WHERE link_id IN "
                + "(SELECT id FROM course_resource_link WHERE context_id IN (:ids)) ORDER BY link_id", course));
        tables.put("course_assignment", ExportRows.read(jdbc, "SELECT * FROM course_assignment WHERE id IN (:ids) ORDER BY id",
                assignmentsOnlyOf(contextId)));
        tables.put("course_membership", ExportRows.read(jdbc, "SELECT * FROM course_membership WHERE context_id IN (:ids) ORDER BY id", course));
        tables.put("course_person", ExportRows.read(jdbc, "SELECT * FROM course_person WHERE id IN "
                + "(SELECT person_id FROM course_membership WHERE context_id IN (:ids)) ORDER BY id", course));
        return tables;
    }

    /** Deletes memberships, then each of their people who is left in no course: table name to rows deleted. */
    Map<String, Integer> deleteMemberships(Collection<Long> membershipIds) {
        List<Long> people = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(membershipIds)) {
            people.addAll(jdbc.sql("SELECT DISTINCT person_id FROM course_membership WHERE id IN (:ids)").param("ids", batch)
                    .query(Long.class).list());
        }
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("course_membership", IdBatches.update(jdbc, "DELETE FROM course_membership WHERE id IN (:ids)", membershipIds));
        deleted.put("course_person", IdBatches.update(jdbc, "DELETE FROM course_person WHERE id IN (:ids) "
                + "AND NOT EXISTS (SELECT 1 FROM course_membership m WHERE m.person_id = course_person.id)", people));
        return deleted;
    }

    /** Deletes a person with whatever memberships they still have. */
    Map<String, Integer> deletePerson(long personId) {
        Map<String, Integer> deleted = deleteMemberships(membershipsOf(personId));
        deleted.merge("course_person", jdbc.sql("DELETE FROM course_person WHERE id = ?").param(personId).update(), Integer::sum);
        return deleted;
    }

    /** Deletes a course's links, their settings, the assignments no other course uses, and the course (its members first). */
    Map<String, Integer> deleteCourse(long contextId) {
        List<Long> assignments = assignmentsOnlyOf(contextId);
        Map<String, Integer> deleted = new LinkedHashMap<>(deleteMemberships(membershipsIn(contextId)));
        deleted.put("course_link_settings", jdbc.sql("DELETE FROM course_link_settings WHERE link_id IN "
                + "(SELECT id FROM course_resource_link WHERE context_id = ?)").param(contextId).update());
        deleted.put("course_resource_link", jdbc.sql("DELETE FROM course_resource_link WHERE context_id = ?").param(contextId).update());
        deleted.put("course_assignment", IdBatches.update(jdbc, "DELETE FROM course_assignment WHERE id IN (:ids)", assignments));
        deleted.put("course_context", jdbc.sql("DELETE FROM course_context WHERE id = ?").param(contextId).update());
        return deleted;
    }

    /**
     * The assignments chosen in this course (Deep Linking from it, or bound to its links) that no
     * link of another course uses: a course copied in the LMS keeps the assignments it shares.
     */
    private List<Long> assignmentsOnlyOf(long contextId) {
        return ids("""
                SELECT a.id FROM course_assignment a
                WHERE (a.id IN (SELECT l.assignment_id FROM course_resource_link l WHERE l.context_id = ?)
                       OR EXISTS (SELECT 1 FROM course_context c WHERE c.id = ? AND c.platform_id = a.platform_id
                                  AND c.deployment_id = a.deployment_id AND c.lms_context_id = a.lms_context_id))
                  AND NOT EXISTS (SELECT 1 FROM course_resource_link o WHERE o.assignment_id = a.id AND o.context_id <> ?)
                ORDER BY a.id""", contextId, contextId, contextId);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private List<Long> ids(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list();
    }
}
