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
        PartyMatch parties = q.text() == null ? null : PartyIndex.match(c, q.operatorId(), q.text(), q.textNumbers());
        KeysetOrder order = KeysetOrder.of(q, parties);
        CallFilter filter = CallFilter.from(q, parties, q.statuses(), order.index);
        // first the ids in order (all H2 sorts, when it must, is a few columns), then those rows
        String key = order.keyColumn();
        StringBuilder sql = new StringBuilder("SELECT c.id, c.started_at").append(key == null ? "" : ", " + key)
                .append(filter.where);
        List<Object> params = new ArrayList<>(filter.params);
        PageCursor from = q.after() != null ? q.after() : q.before();
        if (from != null) {
            order.appendAfter(sql, params, from);
        }
        sql.append(order.orderBy()).append(" LIMIT ? OFFSET ?");
        params.add(q.pageSize() + 1);
        params.add((long) q.pageIndex() * q.pageSize());

        List<PageCursor> cursors = new ArrayList<>(q.pageSize() + 1);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            Sql.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object k = key == null ? null : q.sort().numeric() ? (Object) rs.getLong(3) : rs.getString(3);
                    cursors.add(new PageCursor(q.sort(), k, Sql.getInstant(rs, "started_at"), rs.getLong(1)));
                }
            }
        }
        boolean more = cursors.size() > q.pageSize();
        if (more) {
            cursors.remove(cursors.size() - 1);
        }
        // a page before a cursor, or the last page, is read from its end
        boolean backwards = q.before() != null || q.last();
        if (backwards) {
            java.util.Collections.reverse(cursors);
        }
        List<StoredCall> calls = rows(c, cursors);
        if (cursors.isEmpty()) {
            return new CallPage(calls, null, null);
        }
        PageCursor first = cursors.get(0);
        PageCursor last = cursors.get(cursors.size() - 1);
        boolean hasNext = backwards ? q.before() != null : more;
        boolean hasPrevious = backwards ? more : q.after() != null || q.pageIndex() > 0;
        return new CallPage(calls, hasNext ? last : null, hasPrevious ? first : null);
    }

    /** The stored calls with these ids, in the cursors' order. */
    private static List<StoredCall> rows(Connection c, List<PageCursor> cursors) throws SQLException {
        if (cursors.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(CallRows.SELECT).append(" WHERE c.id IN (");
        for (int i = 0; i < cursors.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        java.util.Map<Long, StoredCall> byId = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < cursors.size(); i++) {
                ps.setLong(i + 1, cursors.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredCall call = CallRows.read(rs);
                    byId.put(call.id(), call);
                }
            }
        }
        List<StoredCall> out = new ArrayList<>(cursors.size());
        for (PageCursor cursor : cursors) {
            StoredCall call = byId.get(cursor.id());
            if (call != null) {
                out.add(call);
            }
        }
        return out;
    }

    /**
     * How many calls match, in all and per status (the query's own status filter aside). Exact
     * unless a search matches so many calls that counting them would read the whole history: then
     * the total is counted up to {@code cap} and the per-status counts are left out.
     */
    CallTotals totals(Connection c, CallQuery q, long cap) throws SQLException {
        PartyMatch parties = q.text() == null ? null : PartyIndex.match(c, q.operatorId(), q.text(), q.textNumbers());
        if (parties != null && parties.dense()) {
            boolean onlyText = q.statuses().isEmpty() && q.directions().isEmpty() && q.from() == null
                    && q.to() == null && !q.onlyAwaitingCallBack();
            if (onlyText) {
                return new CallTotals(PartyIndex.callsOf(c, q.operatorId(), parties), true, Map.of());
            }
            CallFilter filter = CallFilter.from(q, parties, q.statuses(), CallSort.TIME.index);
            long counted = Sql.count(c, "SELECT COUNT(*) FROM (SELECT 1" + filter.where + " LIMIT ?)",
                    append(filter.params, cap + 1));
            return new CallTotals(Math.min(counted, cap), counted <= cap, Map.of());
        }
        Map<CallStatus, Long> byStatus = new EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            byStatus.put(s, 0L);
        }
        // counted from an index alone: calls_by_status holds status, time, direction and end
        CallFilter filter = CallFilter.from(q, parties, List.of(), CallSort.STATUS.index);
        try (PreparedStatement ps = c.prepareStatement("SELECT c.status, COUNT(*)" + filter.where + " GROUP BY c.status")) {
            Sql.bindAll(ps, filter.params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStatus.put(CallStatus.fromWireName(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        long total = 0;
        for (Map.Entry<CallStatus, Long> e : byStatus.entrySet()) {
            if (q.statuses().isEmpty() || q.statuses().contains(e.getKey())) {
                total += e.getValue();
            }
        }
        return new CallTotals(total, true, byStatus);
    }

    private static List<Object> append(List<Object> params, Object more) {
        List<Object> out = new ArrayList<>(params);
        out.add(more);
        return out;
    }

    long count(Connection c, CallQuery q) throws SQLException {
        return totals(c, q, Long.MAX_VALUE - 1).total();
    }

    Map<CallStatus, Long> countByStatus(Connection c, CallQuery q) throws SQLException {
        Map<CallStatus, Long> counts = new EnumMap<>(CallStatus.class);
        for (CallStatus s : CallStatus.values()) {
            counts.put(s, 0L);
        }
        PartyMatch parties = q.text() == null ? null : PartyIndex.match(c, q.operatorId(), q.text(), q.textNumbers());
        CallFilter filter = CallFilter.from(q, parties, q.statuses(), CallSort.STATUS.index);
        try (PreparedStatement ps = c.prepareStatement("SELECT c.status, COUNT(*)" + filter.where + " GROUP BY c.status")) {
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
        String from = " FROM calls USE INDEX (calls_by_party) WHERE operator_id = ? AND party_key = ?"
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
        private final Connection connection;
        private final PartyIndex parties = new PartyIndex();
        private final PreparedStatement select;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement mergeKept;
        private final boolean batch;
        private final Set<String> pendingInserts = new HashSet<>();

        Upsert(Connection c, boolean batch) throws SQLException {
            this.connection = c;
            this.batch = batch;
            select = c.prepareStatement("SELECT id, status, ended_at, accepted_at, notes, party_key,"
                    + " caller_name, started_at, answered_at FROM calls WHERE operator_id = ? AND linked_id = ?");
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
                parties.added(operatorId, CallRows.partyKey(call), call.callerName());
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
            call = keepKnownTimes(call, stored);
            int next = CallRows.bindSnapshot(update, 1, call, notes, acceptedAt, now);
            update.setLong(next, stored.id);
            update.executeUpdate();
            String party = CallRows.partyKey(call);
            if (!java.util.Objects.equals(party, stored.party)) {
                parties.removed(operatorId, stored.party);
                parties.added(operatorId, party, call.callerName());
            } else if (!java.util.Objects.equals(call.callerName(), stored.name)) {
                parties.noteName(operatorId, party, call.callerName());
            }
            return true;
        }

        /**
         * A call Ringside picks up again after a restart comes from the PBX's channel list, which
         * may not tell when it started or was answered: what history already knew stays, so its
         * ring and talk times stay real.
         */
        private static Call keepKnownTimes(Call call, Stored stored) {
            boolean earlierStart = stored.startedAt != null && stored.startedAt.isBefore(call.startedAt());
            boolean knownAnswer = stored.answeredAt != null && call.answeredAt() == null
                    && (call.status() == CallStatus.ANSWERED || call.status() == CallStatus.COMPLETED);
            if (!earlierStart && !knownAnswer) {
                return call;
            }
            Call.Builder b = call.toBuilder();
            if (earlierStart) {
                b.startedAt = stored.startedAt;
            }
            if (knownAnswer) {
                b.answeredAt = stored.answeredAt;
            }
            return b.build();
        }

        private Stored select(long operatorId, String linkedId) throws SQLException {
            select.setLong(1, operatorId);
            select.setString(2, linkedId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Stored(rs.getLong("id"), CallStatus.fromWireName(rs.getString("status")),
                        Sql.getInstant(rs, "ended_at"), Sql.getInstant(rs, "accepted_at"), rs.getString("notes"),
                        rs.getString("party_key"), rs.getString("caller_name"), Sql.getInstant(rs, "started_at"),
                        Sql.getInstant(rs, "answered_at"));
            }
        }

        void flush() throws SQLException {
            if (!pendingInserts.isEmpty()) {
                insert.executeBatch();
                pendingInserts.clear();
            }
            parties.flush(connection);
        }

        @Override
        public void close() throws SQLException {
            flush();
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
        final String party;
        final String name;
        final Instant startedAt;
        final Instant answeredAt;

        Stored(long id, CallStatus status, Instant endedAt, Instant acceptedAt, String notes, String party, String name,
               Instant startedAt, Instant answeredAt) {
            this.id = id;
            this.status = status;
            this.endedAt = endedAt;
            this.acceptedAt = acceptedAt;
            this.notes = notes;
            this.party = party;
            this.name = name;
            this.startedAt = startedAt;
            this.answeredAt = answeredAt;
        }
    }
}
