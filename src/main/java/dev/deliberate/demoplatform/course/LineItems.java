package dev.deliberate.demoplatform.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import dev.deliberate.shared.DbTime;

/**
 * The line items of the demo courses. A tool client sees and changes only its own, as on a real
 * platform where each tool deployment has its own gradebook columns.
 */
@Component
@Profile("demo")
public class LineItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    LineItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LineItem add(LineItem item) {
        KeyHolder key = new GeneratedKeyHolder();
        var now = DbTime.of(clock.instant());
        jdbc.sql("""
                INSERT INTO demo_line_item (course_id, client_id, label, score_maximum, resource_id, resource_link_id, tag,
                    start_date_time, end_date_time, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.courseId(), item.clientId(), item.label(), item.scoreMaximum(), item.resourceId(),
                        item.resourceLinkId(), item.tag(), DbTime.of(item.startDateTime()), DbTime.of(item.endDateTime()), now, now)
                .update(key, "id");
        return item.withId(key.getKey().longValue());
    }

    /** The client's line item of this course, if there is one with this id. */
    public Optional<LineItem> find(String courseId, String clientId, long id) {
        return jdbc.sql("SELECT * FROM demo_line_item WHERE id = ? AND course_id = ? AND client_id = ?")
                .params(id, courseId, clientId).query(LineItems::read).optional();
    }

    /** One page of the client's line items of this course, oldest first. */
    public List<LineItem> list(String courseId, String clientId, LineItemFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM demo_line_item WHERE course_id = ? AND client_id = ?");
        List<Object> params = new ArrayList<>(List.of(courseId, clientId));
        where(sql, params, "resource_link_id", filter.resourceLinkId());
        where(sql, params, "resource_id", filter.resourceId());
        where(sql, params, "tag", filter.tag());
        sql.append(" ORDER BY id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(LineItems::read).list();
    }

    /** Every line item of the course, whichever client owns it (for the gradebook page). */
    public List<LineItem> inCourse(String courseId) {
        return jdbc.sql("SELECT * FROM demo_line_item WHERE course_id = ? ORDER BY id").param(courseId)
                .query(LineItems::read).list();
    }

    /** Changes what a tool may change of its line item; the resource link it belongs to stays. */
    public void update(LineItem item) {
        jdbc.sql("""
                UPDATE demo_line_item SET label = ?, score_maximum = ?, resource_id = ?, tag = ?, start_date_time = ?,
                    end_date_time = ?, updated_at = ?
                WHERE id = ? AND client_id = ?""")
                .params(item.label(), item.scoreMaximum(), item.resourceId(), item.tag(), DbTime.of(item.startDateTime()),
                        DbTime.of(item.endDateTime()), DbTime.of(clock.instant()), item.id(), item.clientId())
                .update();
    }

    /** Removes the line item with its scores; a link that reported to it is no longer graded. */
    public void delete(LineItem item) {
        jdbc.sql("DELETE FROM demo_line_item WHERE id = ? AND client_id = ?").params(item.id(), item.clientId()).update();
    }

    private static void where(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static LineItem read(ResultSet rs, int row) throws SQLException {
        return new LineItem(rs.getLong("id"), rs.getString("course_id"), rs.getString("client_id"), rs.getString("label"),
                rs.getDouble("score_maximum"), rs.getString("resource_id"), rs.getString("resource_link_id"),
                rs.getString("tag"), DbTime.read(rs, "start_date_time"), DbTime.read(rs, "end_date_time"));
    }
}
