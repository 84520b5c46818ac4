package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SQL for the {@code calls} table; every method runs on a connection the caller owns. */
final class CallStore {

    private static final int INSERT_BATCH = 500;
    private static final int COMMIT_EVERY = 5_000;
    // Pages read an index in order and stop at the page's end. H2 only does that when ORDER BY spells
    // out the index's leading (fixed) columns, and its cost model otherwise picks indexes that make it
    // sort all of an operator's calls first, hence the explicit index and ORDER BY.
    private static final String NEWEST_FIRST = " USE INDEX (calls_newest_first)";
    private static final String ORDER_NEWEST_FIRST = " ORDER BY c.operator_id, c.started_at DESC, c.id DESC";
    private static final String ONE_STATUS_NEWEST_FIRST = " USE INDEX (calls_by_status)";
    private static final String ORDER_ONE_STATUS_NEWEST_FIRST =
            " ORDER BY c.operator_id, c.status, c.started_at DESC, c.id DESC";

    boolean save(Connection c, long operatorId, Call call, Instant now) throws SQLException {
        try (Upsert upsert = new Upsert(c, false)) {
            return upsert.apply(operatorId, call, now);
        }
    }

    int saveAll(Connection c, long operatorId, Collection<Call> calls, Instant now) throws SQLException {
        int stored = 0;
        try (Upsert upsert = new Upsert(c, true)) {
            int inTransaction = 0;
            for (Call call : calls) {
                if (upsert.apply(operatorId, call, now)) {
                    stored++;
                }
                // H2 slows down with huge transactions; every save is idempotent, so a retry after a
                // failure half-way is safe
                if (++inTransaction == COMMIT_EVERY) {
                    upsert.flush();
                    c.commit();
                    inTransaction = 0;
                }
            }
            upsert.flush();
        }
        return stored;
    }

    Optional<StoredCall> find(Connection c, long operatorId, String linkedId) throws SQLException {
        return Sql.first(c, CallRows.SELECT + " WHERE c.operator_id = ? AND c.linked_id = ?", CallRows::read,
                operatorId, ColumnLimits.linkedId(linkedId));
    }

    CallPage page(Connection c, CallQuery q) throws SQLException {
        CallFilter filter = CallFilter.of(q);
        boolean oneStatus = q.statuses().size() == 1;
        StringBuilder sql = new StringBuilder(CallRows.SELECT)
                .append(oneStatus ? ONE_STATUS_NEWEST_FIRST : NEWEST_FIRST)
                .append(filter.where);
        List<Object> params = new ArrayList<>(filter.params);
        if (q.after() != null) {
            // expanded form of (started_at, id) < (?, ?), so the started_at index bounds the scan
            sql.append(" AND c.started_at <= ? AND (c.started_at < ? OR c.id < ?)");
            params.add(q.after().startedAt());
            params.add(q.after().startedAt());
            params.add(q.after().id());
        }
        sql.append(oneStatus ? ORDER_ONE_STATUS_NEWEST_FIRST : ORDER_NEWEST_FIRST).append(" LIMIT ? OFFSET ?");
        params.add(q.pageSize() + 1);
        params.add((long) q.pageIndex() * q.pageSize());

        List<StoredCall> calls = new ArrayList<>(q.pageSize() + 1);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            Sql.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.add(CallRows.read(rs));
                }
            }
        }
        if (calls.size() <= q.pageSize()) {
            return new CallPage(calls, null);
        }
        calls.remove(calls.size() - 1);
        return new CallPage(calls, calls.get(calls.size() - 1).cursor());
    }

    long count(Connection c, CallQuery q) throws SQLException {
        CallFilter filter = CallFilter.of(q);
        return Sql.count(c, "SELECT COUNT(*) FROM calls c" + filter.where, filter.params);
    }

    Map<CallStatus, Long> countByStatus(Connection c, CallQuery q) throws SQLException {
        Map<CallStatus, Long> counts = new EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            counts.put(s, 0L);
        }
        CallFilter filter = CallFilter.of(q);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT c.status, COUNT(*) FROM calls c" + filter.where + " GROUP BY c.status")) {
            Sql.bindAll(ps, filter.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(CallStatus.fromWireName(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    CallerStats callerStats(Connection c, long operatorId, String number, String exceptLinkedId)
            throws SQLException {
        String digits = ColumnLimits.text(PhoneDigits.key(number), ColumnLimits.NUMBER);
        if (digits == null) {
            return CallerStats.none(number);
        }
        String except = exceptLinkedId == null ? "" : exceptLinkedId;
        String from = " FROM calls WHERE operator_id = ? AND other_party_digits = ?"
                + " AND direction <> 'outbound' AND linked_id <> ?";
        long previous = Sql.count(c, "SELECT COUNT(*)" + from, List.of(operatorId, digits, except));
        if (previous == 0) {
            return CallerStats.none(number);
        }
        return Sql.first(c, "SELECT started_at, status" + from + " ORDER BY started_at DESC LIMIT 1",
                rs -> new CallerStats(number, previous, Sql.getInstant(rs, "started_at"),
                        CallStatus.fromWireName(rs.getString("status"))),
                operatorId, digits, except).orElse(CallerStats.none(number));
    }

    long unseenMissedCount(Connection c, long operatorId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM calls c JOIN operators o ON o.id = c.operator_id"
                        + " WHERE c.operator_id = ? AND c.status = 'missed' AND (o.seen_missed_until IS NULL"
                        + " OR COALESCE(c.ended_at, c.started_at) > o.seen_missed_until)",
                List.of(operatorId));
    }

    /** Insert-or-replace of call snapshots on one connection, optionally batching the inserts. */
    private static final class Upsert implements AutoCloseable {
        private final PreparedStatement select;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement mergeKept;
        private final boolean batch;
        private final Set<String> pendingInserts = new HashSet<>();

        Upsert(Connection c, boolean batch) throws SQLException {
            this.batch = batch;
            select = c.prepareStatement("SELECT id, status, ended_at, accepted_at, notes FROM calls"
                    + " WHERE operator_id = ? AND linked_id = ?");
            insert = c.prepareStatement(CallRows.INSERT);
            update = c.prepareStatement(CallRows.UPDATE);
            mergeKept = c.prepareStatement("UPDATE calls SET accepted_at = COALESCE(accepted_at, ?),"
                    + " notes = COALESCE(notes, ?), updated_at = ? WHERE id = ?");
        }

        /** @return true when the snapshot was stored, false when it was older than the stored one */
        boolean apply(long operatorId, Call call, Instant now) throws SQLException {
            String linkedId = ColumnLimits.linkedId(call.linkedId());
            if (pendingInserts.contains(linkedId)) {
                flush();
            }
            Stored stored = select(operatorId, linkedId);
            if (stored == null) {
                insert.setLong(1, operatorId);
                insert.setString(2, linkedId);
                Sql.setInstant(insert, 3, now);
                CallRows.bindSnapshot(insert, 4, call, call.notes(), call.acceptedAt(), now);
                if (batch) {
                    insert.addBatch();
                    pendingInserts.add(linkedId);
                    if (pendingInserts.size() >= INSERT_BATCH) {
                        flush();
                    }
                } else {
                    insert.executeUpdate();
                }
                return true;
            }
            if (SnapshotOrder.isStale(stored.status, stored.endedAt, call.status(), call.endedAt())) {
                // an old snapshot may still carry an accept or a note the row lacks
                if ((stored.acceptedAt == null && call.acceptedAt() != null)
                        || (stored.notes == null && call.notes() != null)) {
                    Sql.setInstant(mergeKept, 1, call.acceptedAt());
                    mergeKept.setString(2, call.notes());
                    Sql.setInstant(mergeKept, 3, now);
                    mergeKept.setLong(4, stored.id);
                    mergeKept.executeUpdate();
                }
                return false;
            }
            String notes = stored.notes != null ? stored.notes : call.notes();
            Instant acceptedAt = stored.acceptedAt != null ? stored.acceptedAt : call.acceptedAt();
            int next = CallRows.bindSnapshot(update, 1, call, notes, acceptedAt, now);
            update.setLong(next, stored.id);
            update.executeUpdate();
            return true;
        }

        private Stored select(long operatorId, String linkedId) throws SQLException {
            select.setLong(1, operatorId);
            select.setString(2, linkedId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Stored(rs.getLong("id"), CallStatus.fromWireName(rs.getString("status")),
                        Sql.getInstant(rs, "ended_at"), Sql.getInstant(rs, "accepted_at"), rs.getString("notes"));
            }
        }

        void flush() throws SQLException {
            if (!pendingInserts.isEmpty()) {
                insert.executeBatch();
                pendingInserts.clear();
            }
        }

        @Override
        public void close() throws SQLException {
            select.close();
            insert.close();
            update.close();
            mergeKept.close();
        }
    }

    /** What the upsert needs to know of the stored row. */
    private static final class Stored {
        final long id;
        final CallStatus status;
        final Instant endedAt;
        final Instant acceptedAt;
        final String notes;

        Stored(long id, CallStatus status, Instant endedAt, Instant acceptedAt, String notes) {
            this.id = id;
            this.status = status;
            this.endedAt = endedAt;
            this.acceptedAt = acceptedAt;
            this.notes = notes;
        }
    }
}
