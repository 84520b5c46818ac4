package dev.ringside.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code contacts} and {@code contact_numbers} tables' columns and how a {@link Contact} maps to them. */
final class ContactRows {

    static final String INSERT = "INSERT INTO contacts (name, company, email, note, uid, search_text, sort_key,"
            + " created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE contacts SET name = ?, company = ?, email = ?, note = ?, uid = ?,"
            + " search_text = ?, sort_key = ?, updated_at = ? WHERE id = ?";
    static final String INSERT_NUMBER = "INSERT INTO contact_numbers (contact_id, position, label, number,"
            + " number_key, search_digits) VALUES (?, ?, ?, ?, ?, ?)";

    private static final int SEARCH_TEXT_MAX = 1600;
    private static final int SORT_KEY_MAX = 1100;

    private ContactRows() {
    }

    /** Adds the contact under a new id. @return the id */
    static long insert(Connection c, Contact contact, Instant now) throws SQLException {
        long id = newIds(c, 1)[0];
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, contact, now, id);
            ps.executeUpdate();
        }
        return id;
    }

    static void bindInsert(PreparedStatement ps, Contact contact, Instant now, long id) throws SQLException {
        int i = bindFields(ps, contact);
        setInstant(ps, i++, now);
        setInstant(ps, i++, now);
        ps.setLong(i, id);
    }

    /** Draws {@code count} fresh contact ids from the sequence. */
    static long[] newIds(Connection c, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement ps = c.prepareStatement("SELECT NEXT VALUE FOR contact_ids FROM SYSTEM_RANGE(1, ?)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /** @return false when the row is gone */
    static boolean update(Connection c, Contact contact, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int i = bindFields(ps, contact);
            setInstant(ps, i++, now);
            ps.setLong(i, contact.id());
            return ps.executeUpdate() > 0;
        }
    }

    /** Binds name .. sort_key from index 1. @return the next free index */
    static int bindFields(PreparedStatement ps, Contact contact) throws SQLException {
        ps.setString(1, contact.name());
        ps.setString(2, contact.company());
        ps.setString(3, contact.email());
        ps.setString(4, contact.note());
        ps.setString(5, contact.uid());
        ps.setString(6, searchText(contact));
        ps.setString(7, sortKey(contact));
        return 8;
    }

    static void bindNumber(PreparedStatement ps, long contactId, int position, ContactNumber n, SearchDigits digits)
            throws SQLException {
        ps.setLong(1, contactId);
        ps.setInt(2, position);
        ps.setString(3, n.label());
        ps.setString(4, n.number());
        ps.setString(5, n.key());
        ps.setString(6, digits.column(n));
    }

    static String searchText(Contact contact) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {contact.name(), contact.company(), contact.email()}) {
            if (part != null) {
                sb.append(part.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return sb.length() <= SEARCH_TEXT_MAX ? sb.toString() : sb.substring(0, SEARCH_TEXT_MAX);
    }

    static String sortKey(Contact contact) {
        String key = (contact.displayName() + "\u0001" + (contact.company() == null ? "" : contact.company()))
                .toLowerCase(Locale.ROOT);
        return key.length() <= SORT_KEY_MAX ? key : key.substring(0, SORT_KEY_MAX);
    }

    /** Runs a query over {@code contacts} and reads each row with its numbers, in the query's order. */
    static List<Contact> load(Connection c, String sql, List<Object> params) throws SQLException {
        Map<Long, Contact> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    rows.put(id, new Contact(id, rs.getString("name"), rs.getString("company"), List.of(),
                            rs.getString("email"), rs.getString("note"), rs.getString("uid")));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContactNumber>> numbers = numbersOf(c, rows.keySet());
        List<Contact> out = new ArrayList<>(rows.size());
        for (Contact row : rows.values()) {
            out.add(new Contact(row.id(), row.name(), row.company(), numbers.getOrDefault(row.id(), List.of()),
                    row.email(), row.note(), row.uid()));
        }
        return out;
    }

    private static Map<Long, List<ContactNumber>> numbersOf(Connection c, java.util.Collection<Long> ids)
            throws SQLException {
        Map<Long, List<ContactNumber>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, label, number, number_key"
                + " FROM contact_numbers WHERE contact_id = ANY(?) ORDER BY contact_id, position")) {
            ps.setObject(1, ids.toArray(new Long[0]));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ContactNumber(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** A LIKE pattern (escape character {@code \}) matching {@code fragment} anywhere. */
    static String containsPattern(String fragment) {
        StringBuilder p = new StringBuilder(fragment.length() + 2).append('%');
        for (int i = 0; i < fragment.length(); i++) {
            char ch = fragment.charAt(i);
            if (ch == '%' || ch == '_' || ch == '\\') {
                p.append('\\');
            }
            p.append(ch);
        }
        return p.append('%').toString();
    }

    static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
    }
}
