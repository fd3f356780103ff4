package dev.deliberate.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts, in every table of the schema, the rows that name some memberships: by a
 * {@code membership_id} column, or through their sessions and items. Read from the database's own
 * catalogue, so a table added later is counted without changing a test.
 */
public final class MemberRows {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public MemberRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** table.column to rows, only where there are some. */
    public Map<String, Long> naming(Collection<Long> membershipIds) {
        Map<String, Long> found = new TreeMap<>();
        List<Long> members = List.copyOf(membershipIds);
        List<Long> sessions = jdbc.sql("SELECT id FROM practice_session WHERE membership_id IN (:ids)").param("ids", members)
                .query(Long.class).list();
        List<Long> items = sessions.isEmpty() ? List.of()
                : jdbc.sql("SELECT id FROM practice_item WHERE session_id IN (:ids)").param("ids", sessions).query(Long.class).list();
        Map<String, List<Long>> byColumn = Map.of("membership_id", members, "session_id", sessions, "item_id", items);
        for (String[] column : integerColumns()) {
            String name = column[0].equals("course_membership") && column[1].equals("id") ? "membership_id" : column[1];
            List<Long> ids = byColumn.get(name);
            if (ids == null || ids.isEmpty()) {
                continue;
            }
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " IN (:ids)").param("ids", ids)
                    .query(Long.class).single();
            if (rows > 0) {
                found.put(column[0] + "." + column[1], rows);
            }
        }
        return found;
    }

    private List<String[]> integerColumns() {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.BIGINT || type == Types.INTEGER) {
                        columns.add(new String[] { rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) });
                    }
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return columns;
    }
}
