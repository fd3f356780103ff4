package dev.deliberate.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grows a class for the class-view benchmark by copying real students: each copy is a new person
 * and membership of the same course, with the original's practice session, answers, skill states,
 * misconceptions and grade sync row, so the view has as much to read per student as the original.
 */
final class ClassCopies {

    private final Connection db;

    ClassCopies(Connection db) {
        this.db = db;
    }

    /** Adds {@code copies} copies of every student of the course; the number of students after. */
    int copy(long contextId, int copies) throws SQLException {
        List<long[]> students = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, person_id FROM course_membership WHERE context_id = ? AND role = 'STUDENT'")) {
            s.setLong(1, contextId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    students.add(new long[] { rs.getLong(1), rs.getLong(2) });
                }
            }
        }
        db.setAutoCommit(false);
        for (int copy = 1; copy <= copies; copy++) {
            for (long[] student : students) {
                long person = insertCopy("course_person", "id", student[1], Map.of("subject", "CONCAT(subject, '-copy-" + copy + "')",
                        "name", "CONCAT(name, ' " + copy + "')"));
                long membership = insertCopy("course_membership", "id", student[0], Map.of("person_id", String.valueOf(person)));
                for (String table : List.of("mastery_skill", "mastery_misconception", "gradebook_sync")) {
                    copyRows(table, "membership_id", student[0], Map.of("membership_id", String.valueOf(membership)));
                }
                List<Long> sessions = ids("SELECT id FROM practice_session WHERE membership_id = " + student[0]);
                for (long session : sessions) {
                    long newSession = insertCopy("practice_session", "id", session, Map.of("membership_id", String.valueOf(membership)));
                    copyRows("practice_attempt", "session_id", session, Map.of("session_id", String.valueOf(newSession)));
                    copyRows("practice_reflection", "session_id", session, Map.of("session_id", String.valueOf(newSession)));
                }
            }
            db.commit();
        }
        db.setAutoCommit(true);
        return students.size() * (copies + 1);
    }

    /** Copies the row of this id with some columns replaced by SQL expressions; the new row's id. */
    private long insertCopy(String table, String idColumn, long id, Map<String, String> replaced) throws SQLException {
        List<String> columns = columns(table).stream().filter(c -> !c.equals(idColumn)).toList();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + columns.stream().map(c -> replaced.getOrDefault(c, c)).collect(Collectors.joining(", ")) + " FROM " + table
                + " WHERE " + idColumn + " = " + id;
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void copyRows(String table, String keyColumn, long key, Map<String, String> replaced) throws SQLException {
        List<String> columns = columns(table).stream().filter(c -> !c.equals("id")).toList();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                    + columns.stream().map(c -> replaced.getOrDefault(c, c)).collect(Collectors.joining(", ")) + " FROM " + table
                    + " WHERE " + keyColumn + " = " + key);
        }
    }

    private List<String> columns(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return columns;
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
