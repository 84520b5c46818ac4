package dev.ringside.history;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.desk.BreakSpan;
import dev.ringside.desk.DayCall;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The SQL behind "My day": a day's calls in the few columns it needs, and the operator's breaks. */
final class DayStore {

    /** The longest break reason kept (the {@code breaks.reason} column). */
    static final int MAX_REASON = 200;

    List<DayCall> calls(Connection c, long operatorId, Instant from, Instant to) throws SQLException {
        List<DayCall> calls = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT started_at, direction, status, ring_time_ms,"
                + " talk_time_ms FROM calls WHERE operator_id = ? AND started_at >= ? AND started_at < ?"
                + " ORDER BY started_at")) {
            Sql.bindAll(ps, List.<Object>of(operatorId, from, to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.add(new DayCall(Sql.getInstant(rs, "started_at"),
                            Direction.fromWireName(rs.getString("direction")),
                            CallStatus.fromWireName(rs.getString("status")),
                            Sql.toDuration(Sql.getLong(rs, "ring_time_ms")),
                            Sql.toDuration(Sql.getLong(rs, "talk_time_ms"))));
                }
            }
        }
        return calls;
    }

    /** Breaks that overlap {@code [from, to)}, oldest first; a break still open has no end. */
    List<BreakSpan> breaks(Connection c, long operatorId, Instant from, Instant to) throws SQLException {
        List<BreakSpan> breaks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT started_at, ended_at, reason FROM breaks"
                + " WHERE operator_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at")) {
            Sql.bindAll(ps, List.<Object>of(operatorId, to, from));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    breaks.add(new BreakSpan(Sql.getInstant(rs, "started_at"), Sql.getInstant(rs, "ended_at"),
                            rs.getString("reason")));
                }
            }
        }
        return breaks;
    }

    /** Opens a break unless one is open already. @return true when a break was opened */
    boolean startBreak(Connection c, long operatorId, Instant start, String reason) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM breaks WHERE operator_id = ? AND ended_at IS NULL",
                List.<Object>of(operatorId)) > 0) {
            return false;
        }
        String r = reason == null ? "" : reason.strip();
        return Sql.update(c, "INSERT INTO breaks (operator_id, started_at, reason) VALUES (?, ?, ?)", operatorId,
                start, r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r) > 0;
    }

    /** Ends the open break, if any, at {@code end} (never before it began). */
    boolean endBreak(Connection c, long operatorId, Instant end) throws SQLException {
        return Sql.update(c, "UPDATE breaks SET ended_at = CASE WHEN started_at > ? THEN started_at ELSE ? END"
                + " WHERE operator_id = ? AND ended_at IS NULL", end, end, operatorId) > 0;
    }
}
