package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's local call history: an embedded H2 file database whose schema Flyway keeps up to date.
 *
 * <p>Only one process may have the file open: a second one gets a {@link HistoryException} of kind
 * {@link HistoryException.Kind#LOCKED}. Every method may be called from any thread; writes are
 * serialised, reads run side by side. Writes do disk I/O: call them off the UI thread, or feed calls
 * through a {@link HistoryWriter}. Methods throw {@link HistoryException} on failure.
 */
public final class CallHistory implements AutoCloseable {

    /** The longest note the history keeps (the {@code calls.notes} column). */
    public static final int MAX_NOTES_LENGTH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CallHistory.class);
    private static final String H2_SUFFIX = ".mv.db";
    private static final String USER = "ringside";
    private static final String PASSWORD = "";

    private final Path file;
    private final Connection keeper;
    private final JdbcConnectionPool pool;
    private final Object writeLock = new Object();
    private volatile boolean closed;
    private final CallStore store = new CallStore();
    private final OperatorStore operators = new OperatorStore();
    private final DayStore days = new DayStore();

    private CallHistory(Path file, Connection keeper, JdbcConnectionPool pool) {
        this.file = file;
        this.keeper = keeper;
        this.pool = pool;
    }

    /**
     * Opens (creating it and its folder when missing) the history at {@code dbFile} and brings its schema
     * up to date. H2 keeps the data in {@code <name>.mv.db}; {@code dbFile} may name that file or leave
     * the suffix off.
     *
     * @throws HistoryException LOCKED when another process has it open; CORRUPT, NOT_WRITABLE,
     *                          INCOMPATIBLE or FAILED otherwise
     */
    public static CallHistory open(Path dbFile) {
        Path base = baseName(dbFile.toAbsolutePath().normalize());
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        Path folder = base.getParent();
        if (base.toString().contains(";")) {
            throw HistoryErrors.notWritable(file, null);
        }
        try {
            if (!Files.isDirectory(folder)) {
                PrivateFiles.folder(folder); // a folder we make is the user's alone; one we were given stays as it is
            }
        } catch (IOException | SecurityException e) {
            throw HistoryErrors.notWritable(folder, e);
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw HistoryErrors.notWritable(Files.exists(file) ? file : folder, null);
        }
        if (Files.isDirectory(file)) {
            throw HistoryErrors.notWritable(file, null);
        }

        // FILE_LOCK=FILE is H2's default, spelled out because the "already running" check depends on it
        String url = "jdbc:h2:file:" + base + ";FILE_LOCK=FILE";
        Connection keeper;
        try {
            keeper = DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw HistoryErrors.onOpen(file, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        try {
            if (keeper.isReadOnly()) {
                throw HistoryErrors.notWritable(file, null);
            }
            migrate(pool);
        } catch (SQLException e) {
            closeQuietly(pool, keeper);
            throw HistoryErrors.onOpen(file, e);
        } catch (FlywayException e) {
            closeQuietly(pool, keeper);
            throw HistoryErrors.onMigrate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(pool, keeper);
            throw e;
        }
        PrivateFiles.file(file);
        PrivateFiles.file(base.resolveSibling(base.getFileName() + ".trace.db"));
        log.info("Call history open: {}", file);
        return new CallHistory(file, keeper, pool);
    }

    private static void migrate(JdbcConnectionPool pool) {
        Flyway flyway = flyway(pool, false);
        // V4 came after V5 and V6 had shipped: a history already past it still gets it, out of order
        // (asked for only then, as Flyway warns at every start in that mode)
        boolean late = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState() == org.flywaydb.core.api.MigrationState.IGNORED);
        if (late) {
            log.info("Call history: applying a schema step that came after newer ones");
            flyway = flyway(pool, true);
        }
        flyway.migrate();
    }

    private static Flyway flyway(JdbcConnectionPool pool, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .outOfOrder(outOfOrder)
                .load();
    }

    private static Path baseName(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(H2_SUFFIX) && name.length() > H2_SUFFIX.length()
                ? path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : path;
    }

    /** The H2 data file in use. */
    public Path file() {
        return file;
    }

    /**
     * Connections to the same database, for the other tables its migrations keep (contacts). The
     * caller closes each connection; the source stops working once the history is closed.
     */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    // ---- operators ------------------------------------------------------------------------------

    /**
     * The operator who owns {@code numbers}, created on first use. The same numbers always give the
     * same operator. When the numbers are spread over several operators, the one owning most of them
     * (the first-listed number's owner on a tie) is chosen; every named number then belongs to it.
     *
     * @param displayName how to show the operator; blank keeps the stored name (or uses the first number)
     * @param numbers     the operator's numbers, at least one
     */
    public Operator ensureOperator(String displayName, Collection<String> numbers) {
        synchronized (writeLock) {
            return inTransaction("save the operator", c -> operators.ensure(c, displayName, numbers));
        }
    }

    public Optional<Operator> operator(long operatorId) {
        return read("read the operator", c -> operators.find(c, operatorId));
    }

    // ---- writing calls --------------------------------------------------------------------------

    /**
     * Stores the snapshot of a call for an operator, keyed by its Linkedid. A newer snapshot replaces
     * the stored one; an older one (earlier stage, or ended earlier) is ignored, so a late or replayed
     * update never duplicates a call nor brings an ended call back to life. Notes and accepted_at
     * already stored are kept (tracker snapshots carry no notes).
     *
     * @return true when the snapshot was stored, false when it was older than the stored one
     */
    public boolean save(long operatorId, Call call) {
        synchronized (writeLock) {
            return inTransaction("save a call", c -> store.save(c, operatorId, call, Instant.now()));
        }
    }

    /**
     * {@link #save} for many snapshots (imports, replays), committed in chunks of a few thousand: after
     * a failure the earlier chunks stay stored, and saving the same snapshots again is harmless.
     *
     * @return how many snapshots were stored rather than ignored as older
     */
    public int saveAll(long operatorId, Collection<Call> calls) {
        synchronized (writeLock) {
            return inTransaction("save calls", c -> store.saveAll(c, operatorId, calls, Instant.now()));
        }
    }

    /**
     * Replaces the operator's notes on a call (blank clears them).
     *
     * @return false when no such call is stored
     * @throws IllegalArgumentException when the notes are longer than {@link #MAX_NOTES_LENGTH}
     */
    public boolean updateNotes(long operatorId, String linkedId, String notes) {
        String value = notes == null || notes.isBlank() ? null : notes.strip();
        if (value != null && value.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("notes longer than " + MAX_NOTES_LENGTH + " characters");
        }
        synchronized (writeLock) {
            return inTransaction("save the notes", c -> Sql.update(c,
                    "UPDATE calls SET notes = ?, updated_at = ? WHERE operator_id = ? AND linked_id = ?",
                    value, Instant.now(), operatorId, ColumnLimits.linkedId(linkedId)) > 0);
        }
    }

    /** Records when the operator clicked Accept; the first click counts. @return false when no such call is stored */
    public boolean markAccepted(long operatorId, String linkedId, Instant acceptedAt) {
        synchronized (writeLock) {
            return inTransaction("record the accept", c -> Sql.update(c,
                    "UPDATE calls SET accepted_at = COALESCE(accepted_at, ?), updated_at = ?"
                            + " WHERE operator_id = ? AND linked_id = ?",
                    acceptedAt, Instant.now(), operatorId, ColumnLimits.linkedId(linkedId)) > 0);
        }
    }

    /**
     * Ends the operator's calls that the store still shows as ringing or in progress but the PBX
     * no longer has (Ringside was closed, crashed or offline while they ended). Each gets the end
     * the PBX would have given it: missed, completed or unanswered, ended when it was last heard of.
     *
     * @param stillLive Linkedids that are live right now and must stay as they are
     * @return how many calls were ended
     */
    public int endAbandonedLiveCalls(long operatorId, Collection<String> stillLive) {
        java.util.Set<String> keep = new java.util.HashSet<>();
        stillLive.forEach(id -> keep.add(ColumnLimits.linkedId(id)));
        synchronized (writeLock) {
            return inTransaction("end calls left live", c -> {
                record Live(long id, String linkedId, String status, Instant startedAt, Instant answeredAt, Instant lastHeard) {
                }
                java.util.List<Live> live = new java.util.ArrayList<>();
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT id, linked_id, status, started_at, answered_at,"
                        + " updated_at FROM calls WHERE operator_id = ? AND status IN ('incoming', 'dialing', 'answered')")) {
                    ps.setLong(1, operatorId);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            live.add(new Live(rs.getLong("id"), rs.getString("linked_id"), rs.getString("status"),
                                    Sql.getInstant(rs, "started_at"), Sql.getInstant(rs, "answered_at"),
                                    Sql.getInstant(rs, "updated_at")));
                        }
                    }
                }
                int ended = 0;
                for (Live l : live) {
                    if (keep.contains(l.linkedId())) {
                        continue;
                    }
                    String status = switch (l.status()) {
                        case "answered" -> "completed";
                        case "dialing" -> "unanswered";
                        default -> "missed";
                    };
                    Instant end = l.lastHeard().isBefore(l.startedAt()) ? l.startedAt() : l.lastHeard();
                    Instant ringEnd = l.answeredAt() != null ? l.answeredAt() : end;
                    long ringMs = Math.max(0, java.time.Duration.between(l.startedAt(), ringEnd).toMillis());
                    long talkMs = l.answeredAt() == null ? 0 : Math.max(0, java.time.Duration.between(l.answeredAt(), end).toMillis());
                    ended += Sql.update(c, "UPDATE calls SET status = ?, ended_at = ?, ring_time_ms = ?, talk_time_ms = ?,"
                            + " updated_at = ? WHERE id = ? AND status = ?", status, end, ringMs, talkMs, Instant.now(),
                            l.id(), l.status());
                }
                return ended;
            });
        }
    }

    /**
     * The engine still hears of these calls at {@code at}: a crash or a kill now loses at most the
     * time since, and {@link #endAbandonedLiveCalls} ends them then, with their real ring and talk
     * time. Only live calls are touched, and their time only moves forward.
     */
    public void touchLive(long operatorId, Collection<String> linkedIds, Instant at) {
        if (linkedIds.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            inTransaction("note live calls", c -> {
                for (String id : linkedIds) {
                    Sql.update(c, "UPDATE calls SET updated_at = ? WHERE operator_id = ? AND linked_id = ?"
                            + " AND status IN ('incoming', 'dialing', 'answered') AND updated_at < ?", at, operatorId,
                            ColumnLimits.linkedId(id), at);
                }
                return null;
            });
        }
    }

    /** Stores the caller's company for a call (for a later CRM look-up). @return false when no such call is stored */
    public boolean updateCallerCompany(long operatorId, String linkedId, String company) {
        synchronized (writeLock) {
            return inTransaction("save the caller's company", c -> {
                String key = ColumnLimits.linkedId(linkedId);
                String cut = ColumnLimits.text(company, ColumnLimits.COMPANY);
                if (Sql.update(c, "UPDATE calls SET caller_company = ?, updated_at = ? WHERE operator_id = ? AND linked_id = ?",
                        cut, Instant.now(), operatorId, key) == 0) {
                    return false;
                }
                noteSearchNames(c, operatorId, key, cut);
                return true;
            });
        }
    }

    /**
     * Notes whom the other party of a call was when it rang (a local contact, or a match in the
     * shared directory: {@code contactId} null): the history keeps showing it even after the contact
     * changes. A contact deleted meanwhile is noted by name only. @return false when no such call is stored
     */
    public boolean noteCallerContact(long operatorId, String linkedId, Long contactId, String name, String company) {
        synchronized (writeLock) {
            return inTransaction("save the caller's contact", c -> {
                String key = ColumnLimits.linkedId(linkedId);
                String cutName = ColumnLimits.text(name, ColumnLimits.NAME);
                String cutCompany = ColumnLimits.text(company, ColumnLimits.COMPANY);
                if (Sql.update(c, "UPDATE calls SET caller_contact_id = (SELECT id FROM contacts WHERE id = ?),"
                                + " caller_contact_name = ?, caller_company = ?, updated_at = ?"
                                + " WHERE operator_id = ? AND linked_id = ?",
                        contactId, cutName, cutCompany, Instant.now(), operatorId, key) == 0) {
                    return false;
                }
                noteSearchNames(c, operatorId, key, cutName, cutCompany);
                return true;
            });
        }
    }

    /** A search for these names (a contact's, a company) finds the call's party through the party index. */
    private static void noteSearchNames(Connection c, long operatorId, String linkedIdKey, String... names)
            throws SQLException {
        Optional<String> party = Sql.first(c, "SELECT party_key FROM calls WHERE operator_id = ? AND linked_id = ?",
                rs -> rs.getString(1), operatorId, linkedIdKey);
        if (party.isPresent()) {
            PartyIndex index = new PartyIndex();
            for (String name : names) {
                index.noteName(operatorId, party.get(), name);
            }
            index.flush(c);
        }
    }

    /** Missed calls that ended at or before {@code until} no longer count as unseen. Never moves backwards. */
    public void markMissedSeen(long operatorId, Instant until) {
        synchronized (writeLock) {
            inTransaction("mark missed calls seen", c -> Sql.update(c,
                    "UPDATE operators SET seen_missed_until = CASE WHEN seen_missed_until IS NULL"
                            + " OR seen_missed_until < ? THEN ? ELSE seen_missed_until END WHERE id = ?",
                    until, until, operatorId));
        }
    }

    // ---- reading calls --------------------------------------------------------------------------

    public Optional<StoredCall> find(long operatorId, String linkedId) {
        return read("read a call", c -> store.find(c, operatorId, linkedId));
    }

    /** One page of the operator's calls matching the query, in the query's order. */
    public CallPage find(CallQuery query) {
        return read("list calls", c -> store.page(c, query));
    }

    /** How many calls match the query (paging ignored). */
    public long count(CallQuery query) {
        return read("count calls", c -> store.count(c, query));
    }

    /**
     * How many calls match the query, in all and per status, in one pass (paging ignored). A search
     * that matches a large part of a big history is counted up to {@code cap} only, with the
     * per-status counts left out, so counting never reads the whole history.
     */
    public CallTotals totals(CallQuery query, long cap) {
        return read("count calls", c -> store.totals(c, query, cap));
    }

    /** How many calls match the query, per status (paging ignored; every status present, zero if none). */
    public Map<CallStatus, Long> countByStatus(CallQuery query) {
        return read("count calls", c -> store.countByStatus(c, query));
    }

    /**
     * How often {@code number} called the operator before (inbound and internal calls; formatting of
     * the number ignored) and when it last did.
     *
     * @param exceptLinkedId the call ringing now, not to be counted; may be null
     */
    public CallerStats callerStats(long operatorId, String number, String exceptLinkedId) {
        return read("read the caller's calls", c -> store.callerStats(c, operatorId, number, exceptLinkedId));
    }

    /** Missed calls that ended after the operator last looked ({@link #markMissedSeen}). */
    public long unseenMissedCount(long operatorId) {
        return read("count missed calls", c -> store.unseenMissedCount(c, operatorId));
    }

    // ---- the operator's day ---------------------------------------------------------------------

    /** The operator's calls that started in {@code [from, to)}, oldest first, in the columns "My day" reads. */
    public java.util.List<dev.ringside.desk.DayCall> dayCalls(long operatorId, Instant from, Instant to) {
        return read("read the day's calls", c -> days.calls(c, operatorId, from, to));
    }

    /** The operator's breaks that overlap {@code [from, to)}, oldest first. */
    public java.util.List<dev.ringside.desk.BreakSpan> breaks(long operatorId, Instant from, Instant to) {
        return read("read the breaks", c -> days.breaks(c, operatorId, from, to));
    }

    /** Records that a break began, unless one is already open. @return true when one was opened */
    public boolean startBreak(long operatorId, Instant start, String reason) {
        synchronized (writeLock) {
            return inTransaction("record the break", c -> days.startBreak(c, operatorId, start, reason));
        }
    }

    /** Records that the open break, if any, ended. @return true when one was open */
    public boolean endBreak(long operatorId, Instant end) {
        synchronized (writeLock) {
            return inTransaction("record the end of the break", c -> days.endBreak(c, operatorId, end));
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(pool, keeper);
        log.debug("Call history closed: {}", file);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String doing, Work<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw HistoryErrors.onUse(file, doing, e);
        }
    }

    private <T> T inTransaction(String doing, Work<T> work) {
        try (Connection c = connection()) {
            return SqlTransaction.run(c, work::run);
        } catch (SQLException e) {
            throw HistoryErrors.onUse(file, doing, e);
        }
    }

    private Connection connection() throws SQLException {
        if (closed) {
            throw new HistoryException(HistoryException.Kind.FAILED, "The call history is closed.");
        }
        return pool.getConnection();
    }

    private static void closeQuietly(JdbcConnectionPool pool, Connection keeper) {
        pool.dispose();
        try {
            keeper.close();
        } catch (SQLException e) {
            log.warn("Closing the call history failed: {}", e.getMessage());
        }
    }
}
