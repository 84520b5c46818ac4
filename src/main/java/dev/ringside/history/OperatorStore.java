package dev.ringside.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SQL for {@code operators} and {@code operator_numbers}; every method runs on a connection the caller owns. */
final class OperatorStore {

    Operator ensure(Connection c, String displayName, Collection<String> numbers) throws SQLException {
        List<String> wanted = normalise(numbers);
        Map<String, Long> owners = owners(c, wanted);
        Long chosen = mostNumbersOwned(wanted, owners);
        String name = displayName == null || displayName.isBlank() ? null
                : ColumnLimits.text(displayName.strip(), ColumnLimits.OPERATOR_NAME);
        if (chosen == null) {
            chosen = insertOperator(c, name != null ? name : ColumnLimits.text(wanted.get(0), ColumnLimits.OPERATOR_NAME));
        } else if (name != null) {
            Sql.update(c, "UPDATE operators SET display_name = ? WHERE id = ?", name, chosen);
        }
        for (String number : wanted) {
            if (!chosen.equals(owners.get(number))) {
                Sql.update(c, "MERGE INTO operator_numbers (number, operator_id) KEY (number) VALUES (?, ?)",
                        number, chosen);
            }
        }
        return find(c, chosen).orElseThrow();
    }

    Optional<Operator> find(Connection c, long id) throws SQLException {
        Optional<Object[]> row = Sql.first(c, "SELECT display_name, created_at FROM operators WHERE id = ?",
                rs -> new Object[]{rs.getString(1), Sql.getInstant(rs, "created_at")}, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Set<String> numbers = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT number FROM operator_numbers WHERE operator_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
        }
        return Optional.of(new Operator(id, (String) row.get()[0], numbers, (Instant) row.get()[1]));
    }

    private static List<String> normalise(Collection<String> numbers) {
        Set<String> clean = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n != null && !n.isBlank()) {
                clean.add(n.strip());
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("an operator needs at least one number");
        }
        return List.copyOf(clean);
    }

    private static Map<String, Long> owners(Connection c, List<String> numbers) throws SQLException {
        Map<String, Long> owners = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(numbers.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT number, operator_id FROM operator_numbers WHERE number IN (" + marks + ")")) {
            for (int i = 0; i < numbers.size(); i++) {
                ps.setString(i + 1, numbers.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return owners;
    }

    /** The operator owning most of the numbers; on a tie, the owner of the earliest-listed one; null if none. */
    private static Long mostNumbersOwned(List<String> numbers, Map<String, Long> owners) {
        Map<Long, Integer> owned = new HashMap<>();
        owners.values().forEach(id -> owned.merge(id, 1, Integer::sum));
        Long best = null;
        for (String number : numbers) {
            Long owner = owners.get(number);
            if (owner != null && (best == null || owned.get(owner) > owned.get(best))) {
                best = owner;
            }
        }
        return best;
    }

    private static long insertOperator(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO operators (display_name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            Sql.setInstant(ps, 2, Instant.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
