package dev.deliberate.course;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.ExportRows;

/** Finds, for the operator, the ids that privacy requests name: a person by LMS user id, a registration's courses. */
@Component
class CourseDirectory {

    private final JdbcClient jdbc;

    CourseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person with LMS user id {@code subject} in registration {@code platform} (none or one), with their courses. */
    List<Map<String, Object>> people(long platform, String subject) {
        List<Long> ids = jdbc.sql("SELECT id FROM course_person WHERE platform_id = ? AND subject = ?").params(platform, subject)
                .query(Long.class).list();
        List<Map<String, Object>> people = ExportRows.read(jdbc, "SELECT id, platform_id, subject FROM course_person WHERE id IN (:ids)", ids);
        people.forEach(person -> person.put("courses", ExportRows.read(jdbc, """
                SELECT m.context_id AS course_id, c.title, m.role FROM course_membership m JOIN course_context c ON c.id = m.context_id
                WHERE m.person_id IN (:ids) ORDER BY m.context_id""", List.of(((Number) person.get("id")).longValue()))));
        return people;
    }

    /** The courses of registration {@code platform}, with how many members each has. */
    List<Map<String, Object>> courses(long platform) {
        return ExportRows.read(jdbc, """
                SELECT c.id, c.lms_context_id, c.title, c.label,
                       (SELECT COUNT(*) FROM course_membership m WHERE m.context_id = c.id) AS members
                FROM course_context c WHERE c.platform_id IN (:ids) ORDER BY c.id""", List.of(platform));
    }
}
