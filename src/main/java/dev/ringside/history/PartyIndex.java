package dev.ringside.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code call_parties} table: one row per other party of an operator, with the party's digits
 * and the names it had, for search. Changes are gathered per party and written at {@link #flush},
 * so a bulk import touches each party once per chunk.
 */
final class PartyIndex {

    static final int MAX_SEARCH_TEXT = 1200;
    static final int MAX_NAME = 200;
    /** At most this many parties, and their calls, are listed by key; more make a dense match. */
    static final int SPARSE_PARTIES = 1_000;
    static final long SPARSE_CALLS = 20_000;

    private record Key(long operatorId, String party) {
    }

    private static final class Delta {
        long calls;
        final Set<String> names = new LinkedHashSet<>();
    }

    private final Map<Key, Delta> pending = new LinkedHashMap<>();

    /** A call of {@code party} was stored (or moved to it from another party). */
    void added(long operatorId, String party, String name) {
        if (party != null) {
            delta(operatorId, party).calls++;
            noteName(operatorId, party, name);
        }
    }

    /** A call no longer belongs to {@code party} (it learned its real number). */
    void removed(long operatorId, String party) {
        if (party != null) {
            delta(operatorId, party).calls--;
        }
    }

    /** The party's call now carries this name. */
    void noteName(long operatorId, String party, String name) {
        if (party != null && name != null && !name.isBlank()) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            delta(operatorId, party).names.add(lower.length() > MAX_NAME ? lower.substring(0, MAX_NAME) : lower);
        }
    }

    private Delta delta(long operatorId, String party) {
        return pending.computeIfAbsent(new Key(operatorId, party), k -> new Delta());
    }

    void flush(Connection c) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, search_text, call_count FROM call_parties WHERE operator_id = ? AND party_key = ?");
             PreparedStatement insert = c.prepareStatement(
                "INSERT INTO call_parties (operator_id, party_key, search_text, call_count) VALUES (?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement(
                "UPDATE call_parties SET search_text = ?, call_count = ? WHERE id = ?");
             PreparedStatement delete = c.prepareStatement(
                "DELETE FROM call_parties WHERE id = ?")) {
            for (Map.Entry<Key, Delta> e : pending.entrySet()) {
                Key k = e.getKey();
                Delta d = e.getValue();
                select.setLong(1, k.operatorId());
                select.setString(2, k.party());
                // the row is then changed by its id, the primary index, which no plan can miss
                String text = null;
                long count = 0;
                long rowId = 0;
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        rowId = rs.getLong(1);
                        text = rs.getString(2);
                        count = rs.getLong(3);
                    }
                }
                boolean exists = text != null;
                long newCount = count + d.calls;
                String newText = withNames(text != null ? text : k.party().toLowerCase(Locale.ROOT), d.names);
                if (newCount <= 0) {
                    if (exists) {
                        delete.setLong(1, rowId);
                        delete.executeUpdate();
                    }
                } else if (exists) {
                    if (newCount != count || !newText.equals(text)) {
                        update.setString(1, newText);
                        update.setLong(2, newCount);
                        update.setLong(3, rowId);
                        update.executeUpdate();
                    }
                } else {
                    insert.setLong(1, k.operatorId());
                    insert.setString(2, k.party());
                    insert.setString(3, newText);
                    insert.setLong(4, newCount);
                    insert.executeUpdate();
                }
            }
        }
        pending.clear();
    }

    /** Appends the names the text does not hold yet, as long as they fit. */
    static String withNames(String text, Set<String> names) {
        StringBuilder out = new StringBuilder(text);
        for (String name : names) {
            if (out.indexOf(name) < 0 && out.length() + 1 + name.length() <= MAX_SEARCH_TEXT) {
                out.append(' ').append(name);
            }
        }
        return out.toString();
    }

    /**
     * The parties of an operator whose digits or names hold {@code text}, and the parties whose keys
     * are among {@code numbers} (the numbers of the contacts the text names).
     */
    static PartyMatch match(Connection c, long operatorId, String text, Collection<String> numbers) throws SQLException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<String> patterns = new ArrayList<>();
        patterns.add(Sql.containsPattern(t));
        if (PhoneDigits.looksLikeNumber(t)) {
            String digits = PhoneDigits.of(t);
            if (!digits.equals(t)) {
                patterns.add(Sql.containsPattern(digits));
            }
        }
        List<String> extra = List.copyOf(new LinkedHashSet<>(numbers));
        Set<String> keys = new LinkedHashSet<>();
        long calls = 0;
        // a plain scan: this narrow table is read in storage order, not row by row through an index
        try (PreparedStatement ps = c.prepareStatement("SELECT party_key, call_count FROM call_parties USE INDEX ()"
                + " WHERE operator_id = ? AND (" + likes(patterns.size()) + ")")) {
            ps.setLong(1, operatorId);
            for (int i = 0; i < patterns.size(); i++) {
                ps.setString(i + 2, patterns.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                    calls += rs.getLong(2);
                    if (keys.size() > SPARSE_PARTIES || calls > SPARSE_CALLS) {
                        return new PartyMatch(List.of(), true, patterns, extra, calls);
                    }
                }
            }
        }
        if (!extra.isEmpty()) {
            // one look-up each through the (operator, party) key
            try (PreparedStatement ps = c.prepareStatement("SELECT party_key, call_count FROM call_parties"
                    + " WHERE operator_id = ? AND party_key = ANY(?)")) {
                ps.setLong(1, operatorId);
                ps.setObject(2, extra.toArray(new String[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (keys.add(rs.getString(1))) {
                            calls += rs.getLong(2);
                        }
                        if (keys.size() > SPARSE_PARTIES || calls > SPARSE_CALLS) {
                            return new PartyMatch(List.of(), true, patterns, extra, calls);
                        }
                    }
                }
            }
        }
        return new PartyMatch(List.copyOf(keys), false, patterns, extra, calls);
    }

    /** How many calls all parties matching a dense search have. */
    static long callsOf(Connection c, long operatorId, PartyMatch match) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(operatorId);
        params.addAll(match.conditionParams());
        return Sql.count(c, "SELECT COALESCE(SUM(call_count), 0) FROM call_parties USE INDEX () WHERE operator_id = ? AND "
                + match.condition(), params);
    }

    /** {@code search_text LIKE ? OR ...} for {@code n} patterns. */
    static String likes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " OR ").append("search_text LIKE ?");
        }
        return sb.toString();
    }
}
