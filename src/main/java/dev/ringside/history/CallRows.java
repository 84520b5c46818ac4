package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code calls} table's columns and how a {@link Call} maps to and from a row. */
final class CallRows {

    /** Columns a newer snapshot of the call overwrites (notes and accepted_at are merged, not overwritten). */
    private static final List<String> SNAPSHOT_COLUMNS = List.of(
            "operator_number", "direction", "status", "caller_number", "caller_name", "receiver_number",
            "queue", "started_at", "accepted_at", "answered_at", "ended_at", "hangup_cause", "answered_by",
            "caller_channel", "caller_unique_id", "operator_channel", "operator_unique_id", "notes",
            "ring_time_ms", "talk_time_ms", "caller_digits", "receiver_digits", "other_party_digits",
            "party_key", "updated_at");

    static final String INSERT = "INSERT INTO calls (operator_id, linked_id, created_at, "
            + String.join(", ", SNAPSHOT_COLUMNS) + ") VALUES (?, ?, ?"
            + ", ?".repeat(SNAPSHOT_COLUMNS.size()) + ")";

    static final String UPDATE = "UPDATE calls SET "
            + SNAPSHOT_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " WHERE id = ?";

    /**
     * True when the operator reached the party of a missed or rejected call afterwards: a later
     * call with the same number, either way, that the operator answered (inbound, internal) or
     * the other side answered (outbound). A later call that rang out, was missed or went to a
     * colleague does not count.
     */
    static final String CALLED_BACK = "EXISTS (SELECT 1 FROM calls later USE INDEX (calls_by_party)"
            + " WHERE later.operator_id = c.operator_id AND later.party_key = c.party_key"
            + " AND later.started_at > c.started_at AND later.status IN ('answered', 'completed'))";

    static final String NEEDS_CALL_BACK = "(c.status IN ('missed', 'rejected') AND c.direction <> 'outbound'"
            + " AND c.other_party_digits IS NOT NULL)";

    static final String SELECT = "SELECT c.*, CASE WHEN " + NEEDS_CALL_BACK + " THEN " + CALLED_BACK
            + " ELSE FALSE END AS called_back FROM calls c";

    private CallRows() {
    }

    /**
     * Binds the snapshot columns from {@code index} on, in {@link #SNAPSHOT_COLUMNS} order.
     * @return the next free parameter index
     */
    static int bindSnapshot(PreparedStatement ps, int index, Call call, String notes, Instant acceptedAt,
                            Instant now) throws SQLException {
        int i = index;
        // every value an outside party controls is cut to its column here, so that no field costs a call
        ps.setString(i++, ColumnLimits.text(call.operatorNumber(), ColumnLimits.NUMBER));
        ps.setString(i++, call.direction().wireName());
        ps.setString(i++, call.status().wireName());
        ps.setString(i++, ColumnLimits.text(call.callerNumber(), ColumnLimits.NUMBER));
        ps.setString(i++, ColumnLimits.text(call.callerName(), ColumnLimits.NAME));
        ps.setString(i++, ColumnLimits.text(call.receiverNumber(), ColumnLimits.NUMBER));
        ps.setString(i++, ColumnLimits.text(call.queue(), ColumnLimits.NUMBER));
        Sql.setInstant(ps, i++, call.startedAt());
        Sql.setInstant(ps, i++, acceptedAt);
        Sql.setInstant(ps, i++, call.answeredAt());
        Sql.setInstant(ps, i++, call.endedAt());
        Sql.setInt(ps, i++, call.hangupCause());
        ps.setString(i++, ColumnLimits.text(call.answeredBy(), ColumnLimits.NUMBER));
        ps.setString(i++, ColumnLimits.text(call.callerChannel(), ColumnLimits.CHANNEL));
        ps.setString(i++, ColumnLimits.id(call.callerUniqueId(), ColumnLimits.ID));
        ps.setString(i++, ColumnLimits.text(call.operatorChannel(), ColumnLimits.CHANNEL));
        ps.setString(i++, ColumnLimits.id(call.operatorUniqueId(), ColumnLimits.ID));
        ps.setString(i++, ColumnLimits.text(notes, ColumnLimits.NOTES));
        Sql.setLong(ps, i++, Sql.toMillis(call.ringTime()));
        Sql.setLong(ps, i++, Sql.toMillis(call.talkTime()));
        ps.setString(i++, ColumnLimits.text(PhoneDigits.key(call.callerNumber()), ColumnLimits.NUMBER));
        ps.setString(i++, ColumnLimits.text(PhoneDigits.key(call.receiverNumber()), ColumnLimits.NUMBER));
        ps.setString(i++, ColumnLimits.text(PhoneDigits.key(call.otherPartyNumber()), ColumnLimits.NUMBER));
        ps.setString(i++, partyKey(call));
        Sql.setInstant(ps, i++, now);
        return i;
    }

    /**
     * Who the call was with, as history groups and searches it: the other party's number key, or
     * for a call without digits '~' and the lower-case text that stood for the number.
     */
    static String partyKey(Call call) {
        String digits = PhoneDigits.key(call.otherPartyNumber());
        if (digits != null) {
            return ColumnLimits.text(digits, ColumnLimits.NUMBER);
        }
        String raw = call.otherPartyNumber() == null ? "" : call.otherPartyNumber().strip().toLowerCase(Locale.ROOT);
        return "~" + (raw.length() > 64 ? raw.substring(0, 64) : raw);
    }

    /** Reads a row selected with {@link #SELECT}. */
    static StoredCall read(ResultSet rs) throws SQLException {
        Call call = new Call(
                rs.getString("linked_id"),
                rs.getString("operator_number"),
                Direction.fromWireName(rs.getString("direction")),
                CallStatus.fromWireName(rs.getString("status")),
                rs.getString("caller_number"),
                rs.getString("caller_name"),
                rs.getString("receiver_number"),
                rs.getString("queue"),
                Sql.getInstant(rs, "started_at"),
                Sql.getInstant(rs, "accepted_at"),
                Sql.getInstant(rs, "answered_at"),
                Sql.getInstant(rs, "ended_at"),
                Sql.getInt(rs, "hangup_cause"),
                rs.getString("answered_by"),
                rs.getString("caller_channel"),
                rs.getString("caller_unique_id"),
                rs.getString("operator_channel"),
                rs.getString("operator_unique_id"),
                rs.getString("notes"));
        return new StoredCall(
                rs.getLong("id"),
                rs.getLong("operator_id"),
                call,
                Sql.toDuration(Sql.getLong(rs, "ring_time_ms")),
                Sql.toDuration(Sql.getLong(rs, "talk_time_ms")),
                rs.getString("caller_company"),
                CallerContact.of(Sql.getLong(rs, "caller_contact_id"), rs.getString("caller_contact_name"),
                        rs.getString("caller_company")),
                rs.getBoolean("called_back"),
                Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"));
    }
}
