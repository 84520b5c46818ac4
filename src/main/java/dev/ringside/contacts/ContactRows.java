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
import java.util.List;
import java.util.Locale;

/** The {@code contacts} table's columns and how a {@link Contact} maps to them. */
final class ContactRows {

    static final String INSERT = "INSERT INTO contacts (name, company, email, note, uid, search_text, sort_key,"
            + " numbers, number_digits, number_count, created_at, updated_at, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE contacts SET name = ?, company = ?, email = ?, note = ?, uid = ?,"
            + " search_text = ?, sort_key = ?, numbers = ?, number_digits = ?, number_count = ?, updated_at = ?"
            + " WHERE id = ?";
    static final String UPDATE_NUMBERS = "UPDATE contacts SET numbers = ?, number_digits = ?, number_count = ?,"
            + " updated_at = ? WHERE id = ?";
    /** The columns the in-memory number index is built from. */
    static final String INDEX_COLUMNS = "SELECT id, name, company, numbers FROM contacts";

    private static final int SEARCH_TEXT_MAX = 1600;
    private static final int SORT_KEY_MAX = 1100;

    private ContactRows() {
    }

    /** Adds the contact under a new id. @return the id */
    static long insert(Connection c, Contact contact, Instant now, SearchDigits digits) throws SQLException {
        long id = newIds(c, 1)[0];
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, contact, now, id, digits);
            ps.executeUpdate();
        }
        return id;
    }

    static void bindInsert(PreparedStatement ps, Contact contact, Instant now, long id, SearchDigits digits)
            throws SQLException {
        bindInsert(ps, contact, now, id, PackedNumbers.pack(contact.numbers()), numberDigits(contact.numbers(), digits));
    }

    /** Binds an insert whose number columns are worked out already. */
    static void bindInsert(PreparedStatement ps, Contact contact, Instant now, long id, String numbers,
                           String numberDigits) throws SQLException {
        int i = bindFields(ps, contact, numbers, numberDigits);
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
    static boolean update(Connection c, Contact contact, Instant now, SearchDigits digits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int i = bindFields(ps, contact, PackedNumbers.pack(contact.numbers()),
                    numberDigits(contact.numbers(), digits));
            setInstant(ps, i++, now);
            ps.setLong(i, contact.id());
            return ps.executeUpdate() > 0;
        }
    }

    /** Binds name .. number_count from index 1. @return the next free index */
    static int bindFields(PreparedStatement ps, Contact contact, String numbers, String numberDigits)
            throws SQLException {
        ps.setString(1, contact.name());
        ps.setString(2, contact.company());
        ps.setString(3, contact.email());
        ps.setString(4, contact.note());
        ps.setString(5, contact.uid());
        ps.setString(6, searchText(contact));
        ps.setString(7, sortKey(contact));
        ps.setString(8, numbers);
        ps.setString(9, numberDigits);
        ps.setInt(10, contact.numbers().size());
        return 11;
    }

    /** The number_digits column: every number's digit spellings, space-separated. */
    static String numberDigits(List<ContactNumber> numbers, SearchDigits digits) {
        StringBuilder sb = new StringBuilder(numbers.size() * 40);
        for (ContactNumber n : numbers) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(digits.column(n));
        }
        return sb.toString();
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
        List<Contact> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Contact(rs.getLong("id"), rs.getString("name"), rs.getString("company"),
                            PackedNumbers.unpack(rs.getString("numbers")), rs.getString("email"),
                            rs.getString("note"), rs.getString("uid")));
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
