package dev.ringside.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** JDBC binding helpers: instants go in as UTC millisecond timestamps and come back as the same instant. */
final class Sql {

    private Sql() {
    }

    static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(millis(t), ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long toMillis(Duration d) {
        return d == null ? null : d.toMillis();
    }

    static Duration toDuration(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis);
    }

    /** Binds each parameter in order: Instants as timestamps, everything else as JDBC objects. */
    static void bindAll(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant) {
                setInstant(ps, i + 1, (Instant) p);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** A LIKE pattern matching {@code fragment} anywhere, with LIKE's own wildcards taken literally. */
    static String containsPattern(String fragment) {
        StringBuilder p = new StringBuilder(fragment.length() + 2).append('%');
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                p.append('\\');
            }
            p.append(c);
        }
        return p.append('%').toString();
    }

    /** Runs an INSERT, UPDATE or MERGE with the given parameters. @return the row count */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindAll(ps, Arrays.asList(params));
            return ps.executeUpdate();
        }
    }

    /** Runs a query with the given parameters and reads its first row, if any. */
    static <T> Optional<T> first(Connection c, String sql, RowReader<T> reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindAll(ps, Arrays.asList(params));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
            }
        }
    }

    /** Runs a query whose first row's first column is a count. */
    static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
