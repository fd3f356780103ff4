package dev.deliberate.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in DATETIME columns as UTC wall-clock time, the same convention Hibernate uses here
 * ({@code hibernate.jdbc.time_zone=UTC}), whatever the JVM's or the database's time zone.
 */
public final class DbTime {

    private DbTime() {
    }

    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** By position: MySQL Connector/J builds a name-to-column map for each result set read by name. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
