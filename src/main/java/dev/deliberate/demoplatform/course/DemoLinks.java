package dev.deliberate.demoplatform.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.deliberate.shared.DbTime;
import dev.deliberate.shared.RandomTokens;

/** The links (assignments) of the demo courses, in the order they were added. */
@Component
@Profile("demo")
public class DemoLinks {

    private static final TypeReference<Map<String, String>> CUSTOM = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DemoLinks(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public List<DemoLink> inCourse(String courseId) {
        return jdbc.sql("SELECT * FROM demo_link WHERE course_id = ? ORDER BY created_at, id").param(courseId)
                .query(this::read).list();
    }

    public Optional<DemoLink> find(String id) {
        return jdbc.sql("SELECT * FROM demo_link WHERE id = ?").param(id).query(this::read).optional();
    }

    /** Stores a new link under a fresh id (or the given one for the seeded link) and returns it. */
    public DemoLink add(String id, String courseId, String clientId, String title, String url, Map<String, String> custom) {
        DemoLink link = new DemoLink(id == null ? "demo-link-" + RandomTokens.bytes(9) : id, courseId, clientId, title, url,
                custom, null, clock.instant());
        jdbc.sql("""
                INSERT INTO demo_link (id, course_id, client_id, title, url, custom_parameters, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(link.id(), courseId, clientId, title, url, json.writeValueAsString(link.custom()),
                        DbTime.of(link.createdAt()))
                .update();
        return link;
    }

    /** Makes the link report to this line item. */
    public void grade(String linkId, long lineItemId) {
        jdbc.sql("UPDATE demo_link SET line_item_id = ? WHERE id = ?").params(lineItemId, linkId).update();
    }

    private DemoLink read(ResultSet rs, int row) throws SQLException {
        String custom = rs.getString("custom_parameters");
        long lineItem = rs.getLong("line_item_id");
        Long graded = rs.wasNull() ? null : lineItem;
        return new DemoLink(rs.getString("id"), rs.getString("course_id"), rs.getString("client_id"), rs.getString("title"),
                rs.getString("url"), custom == null ? Map.of() : json.readValue(custom, CUSTOM), graded,
                DbTime.read(rs, "created_at"));
    }
}
