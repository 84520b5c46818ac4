package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The contacts kept in Ringside's H2 database (the tables of migration V5). Every method may be
 * called from any thread and does disk I/O: keep it off the UI thread. Failures throw
 * {@link ContactsException}.
 */
public final class ContactStore implements ContactLookup {

    private static final String LOOKUP = "SELECT c.id, c.name, c.company, n.label FROM contact_numbers n"
            + " JOIN contacts c ON c.id = n.contact_id WHERE n.number_key = ?"
            // ORDER BY spelled out as the index (number_key, contact_id), else H2 scans all contacts
            + " ORDER BY n.number_key, n.contact_id LIMIT 1";

    private final DataSource db;
    private final PhoneNumbers phone;
    private final SearchDigits digits;

    public ContactStore(DataSource db, PhoneNumbers phone) {
        this.db = db;
        this.phone = phone;
        this.digits = new SearchDigits(phone);
    }

    /** The home country numbers are read in. */
    public PhoneNumbers phoneNumbers() {
        return phone;
    }

    @Override
    public Optional<CallerMatch> byNumber(String number) {
        String key = phone.canonical(number);
        if (key == null) {
            return Optional.empty();
        }
        return read("look up a number", c -> {
            try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CallerMatch(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), CallerMatch.Source.LOCAL));
                }
            }
        });
    }

    /** Adds the contact (no id) or replaces the stored one (with id). @return the contact as stored */
    public Contact save(Contact contact) {
        return inTransaction("save the contact", c -> {
            Instant now = Instant.now();
            long id;
            if (contact.id() == null) {
                id = ContactRows.insert(c, contact, now);
            } else {
                id = contact.id();
                if (!ContactRows.update(c, contact, now)) {
                    throw new ContactsException("The contact was deleted meanwhile.");
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact_numbers WHERE contact_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ContactRows.INSERT_NUMBER)) {
                int position = 0;
                for (ContactNumber n : contact.numbers()) {
                    ContactRows.bindNumber(ps, id, position++, n, digits);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return contact.withId(id);
        });
    }

    /** @return false when no such contact is stored */
    public boolean delete(long id) {
        return inTransaction("delete the contact", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contacts WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public Optional<Contact> find(long id) {
        return read("read the contact", c -> {
            List<Contact> found = ContactRows.load(c, "SELECT * FROM contacts WHERE id = ?", List.of(id));
            return found.stream().findFirst();
        });
    }

    /**
     * Contacts whose name, company or e-mail contains {@code text} (case-insensitive), or one of
     * whose numbers contains its digits in any spelling; all contacts when blank. Sorted by name.
     */
    public List<Contact> search(String text, int limit) {
        String t = text == null ? "" : text.strip();
        int max = Math.max(1, limit);
        return read("search contacts", c -> {
            if (t.isEmpty()) {
                return ContactRows.load(c, "SELECT * FROM contacts c ORDER BY c.sort_key, c.id LIMIT ?", List.of(max));
            }
            List<Contact> found = new ArrayList<>(ContactRows.load(c, "SELECT * FROM contacts c"
                    + " WHERE c.search_text LIKE ? ESCAPE '\\' ORDER BY c.sort_key, c.id LIMIT ?",
                    List.of(ContactRows.containsPattern(t.toLowerCase(Locale.ROOT)), max)));
            String typed = numberLike(t) ? PhoneNumbers.digits(t) : "";
            if (!typed.isEmpty()) {
                // a second query rather than an OR: H2 would scan the numbers once per contact
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT contact_id FROM contact_numbers"
                        + " WHERE search_digits LIKE ? ESCAPE '\\' LIMIT ?")) {
                    ps.setString(1, ContactRows.containsPattern(typed));
                    ps.setInt(2, max);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                Set<Long> have = new java.util.HashSet<>();
                found.forEach(f -> have.add(f.id()));
                ids.removeIf(have::contains);
                if (!ids.isEmpty()) {
                    found.addAll(ContactRows.load(c, "SELECT * FROM contacts WHERE id = ANY(?)",
                            List.of((Object) ids.toArray(new Long[0]))));
                    found.sort(java.util.Comparator.comparing(ContactRows::sortKey).thenComparing(Contact::id));
                }
            }
            return found.size() <= max ? found : new ArrayList<>(found.subList(0, max));
        });
    }

    /**
     * The digit strings of every number of the contacts whose name or company contains {@code text},
     * in each spelling a call may have stored it: what the history searches for "calls from ACME".
     */
    public Set<String> numberDigitsOf(String text, int maxContacts) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Contact contact : search(text, maxContacts)) {
            for (ContactNumber n : contact.numbers()) {
                out.addAll(digits.variants(n));
            }
        }
        return out;
    }

    public long count() {
        return read("count contacts", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM contacts")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The most numbers any one contact has (0 when there are none). */
    public int maxNumbersPerContact() {
        return read("count numbers", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM contact_numbers")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Every contact in the order they were added, read a page at a time (for export). */
    public void forEach(Consumer<Contact> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Contact> page = read("read contacts", c -> ContactRows.load(c,
                    "SELECT * FROM contacts WHERE id > ? ORDER BY id LIMIT 1000", List.of(from)));
            if (page.isEmpty()) {
                return;
            }
            page.forEach(each);
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Reads every number again with {@code newPhone}'s home country (after the operator changed it),
     * so national spellings get their new keys. @return a store that reads numbers that way
     */
    public ContactStore rekey(PhoneNumbers newPhone) {
        SearchDigits newDigits = new SearchDigits(newPhone);
        inTransaction("re-read the contacts' numbers", c -> {
            record Row(long contactId, String label, String number, String key) {
            }
            List<Row> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT contact_id, label, number, number_key FROM contact_numbers ORDER BY contact_id, position")) {
                while (rs.next()) {
                    String key = newPhone.canonical(rs.getString(3));
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), key != null ? key : rs.getString(4)));
                }
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM contact_numbers");
            }
            try (PreparedStatement ps = c.prepareStatement(ContactRows.INSERT_NUMBER)) {
                long contact = -1;
                int position = 0;
                Set<String> keys = new java.util.HashSet<>();
                for (Row r : rows) {
                    if (r.contactId() != contact) {
                        contact = r.contactId();
                        position = 0;
                        keys.clear();
                    }
                    if (keys.add(r.key())) { // two spellings that are now one number: kept once
                        ContactRows.bindNumber(ps, contact, position++, new ContactNumber(r.label(), r.number(), r.key()),
                                newDigits);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
        return new ContactStore(db, newPhone);
    }

    /** Imports contacts from a file; see {@link ContactImporter}. */
    public ImportReport importContacts(Iterable<ImportItem> items) {
        return inTransaction("import contacts", c -> new ContactImporter(c, phone, digits).run(items));
    }

    static boolean numberLike(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (" +-().\u00a0/".indexOf(ch) < 0) {
                return false;
            }
        }
        return digit;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(String doing, Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(doing, e);
        }
    }

    private <T> T inTransaction(String doing, Work<T> work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(doing, e);
        }
    }

    private static ContactsException failed(String doing, SQLException e) {
        return new ContactsException("Ringside could not " + doing + " in its database: " + e.getMessage(), e);
    }
}
