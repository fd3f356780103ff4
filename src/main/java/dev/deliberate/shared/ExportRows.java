package dev.deliberate.shared;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows read whole for a data export, ready for JSON: column names in lower case and DATETIME
 * columns, which hold UTC wall-clock time ({@link DbTime}), as ISO-8601 instants.
 */
public final class ExportRows {

    private ExportRows() {
    }

    /**
     * Every column of the rows of {@code sql}, whose one named parameter {@code :ids} is filled with
     * {@code ids} a batch at a time; nothing is read for no ids.
     */
    public static List<Map<String, Object>> read(JdbcClient jdbc, String sql, Collection<Long> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Long> batch : IdBatches.of(ids)) {
            jdbc.sql(sql).param("ids", batch).query().listOfRows().forEach(row -> rows.add(plain(row)));
        }
        return rows;
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column.toLowerCase(Locale.ROOT), plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp time) {
            return time.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC).toString();
        }
        return value;
    }
}
