package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import dev.ringside.history.SqlTransaction;
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
 * The contacts kept in Ringside's H2 database (the table of migrations V5 and V8_1). Every method
 * may be called from any thread and does disk I/O: keep it off the UI thread. The look-up of a
 * ringing number answers from an index in memory, loaded at the first look-up (or by
 * {@link #loadIndex()}) and kept in step with every change made through this store; changes are
 * made one at a time. Failures throw {@link ContactsException}.
 */
public final class ContactStore implements ContactLookup {

    private final DataSource db;
    private volatile PhoneNumbers phone;
    private volatile SearchDigits digits;
    private final NumberIndex index = new NumberIndex();
    private volatile boolean indexLoaded;
    /** One change at a time, so the index follows the table exactly. */
    private final Object writes = new Object();

    public ContactStore(DataSource db, PhoneNumbers phone) {
        this.db = db;
        this.phone = phone;
        this.digits = new SearchDigits(phone);
    }

    /** The home country numbers are read in. */
    public PhoneNumbers phoneNumbers() {
        return phone;
    }

    /** Answers from memory; the first call loads the index (a second or so for 100,000 contacts). */
    @Override
    public Optional<CallerMatch> byNumber(String number) {
        String key = phone.canonical(number);
        if (key == null) {
            return Optional.empty();
        }
        if (!indexLoaded) {
            loadIndex();
        }
        return index.find(key);
    }

    /** Reads every number into the look-up index now (once; later calls return at once). */
    public void loadIndex() {
        synchronized (writes) {
            if (!indexLoaded) {
                reindex();
                indexLoaded = true;
            }
        }
    }

    /** How many distinct numbers the look-up index holds (0 before it is loaded). */
    public int indexedNumbers() {
        return index.size();
    }

    /** Adds the contact (no id) or replaces the stored one (with id). @return the contact as stored */
    public Contact save(Contact contact) {
        synchronized (writes) {
            Contact[] before = {null};
            Contact saved = inTransaction("save the contact", c -> {
                Instant now = Instant.now();
                if (contact.id() == null) {
                    return contact.withId(ContactRows.insert(c, contact, now, digits));
                }
                before[0] = findIn(c, contact.id()).orElse(null);
                if (before[0] == null || !ContactRows.update(c, contact, now, digits)) {
                    throw new ContactsException("The contact was deleted meanwhile.");
                }
                return contact;
            });
            if (indexLoaded) {
                if (before[0] != null) {
                    index.remove(before[0].id(), before[0].numbers());
                }
                index.add(saved.id(), saved.name(), saved.company(), saved.numbers());
            }
            return saved;
        }
    }

    /** @return false when no such contact is stored */
    public boolean delete(long id) {
        synchronized (writes) {
            Contact[] gone = {null};
            boolean deleted = inTransaction("delete the contact", c -> {
                gone[0] = findIn(c, id).orElse(null);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM contacts WHERE id = ?")) {
                    ps.setLong(1, id);
                    return ps.executeUpdate() > 0;
                }
            });
            if (deleted && indexLoaded && gone[0] != null) {
                index.remove(id, gone[0].numbers());
            }
            return deleted;
        }
    }

    public Optional<Contact> find(long id) {
        return read("read the contact", c -> findIn(c, id));
    }

    private static Optional<Contact> findIn(Connection c, long id) throws SQLException {
        return ContactRows.load(c, "SELECT * FROM contacts WHERE id = ?", List.of(id)).stream().findFirst();
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
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM contacts"
                        + " WHERE number_digits LIKE ? ESCAPE '\\' LIMIT ?")) {
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
                    "SELECT COALESCE(MAX(number_count), 0) FROM contacts")) {
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
     * so national spellings get their new keys; look-ups then read numbers that way. @return this store
     */
    public ContactStore rekey(PhoneNumbers newPhone) {
        synchronized (writes) {
            SearchDigits newDigits = new SearchDigits(newPhone);
            inTransaction("re-read the contacts' numbers", c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT id, numbers FROM contacts WHERE number_count > 0");
                     PreparedStatement ps = c.prepareStatement("UPDATE contacts SET numbers = ?, number_digits = ?,"
                             + " number_count = ? WHERE id = ?")) {
                    int batched = 0;
                    while (rs.next()) {
                        List<ContactNumber> numbers = rekeyed(PackedNumbers.unpack(rs.getString(2)), newPhone);
                        ps.setString(1, PackedNumbers.pack(numbers));
                        ps.setString(2, ContactRows.numberDigits(numbers, newDigits));
                        ps.setInt(3, numbers.size());
                        ps.setLong(4, rs.getLong(1));
                        ps.addBatch();
                        if (++batched % 500 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
            phone = newPhone;
            digits = newDigits;
            if (indexLoaded) {
                reindex();
            }
            return this;
        }
    }

    /** The numbers with keys read in the new home country; two spellings that are now one number are kept once. */
    private static List<ContactNumber> rekeyed(List<ContactNumber> numbers, PhoneNumbers newPhone) {
        List<ContactNumber> out = new ArrayList<>(numbers.size());
        Set<String> keys = new java.util.HashSet<>();
        for (ContactNumber n : numbers) {
            String key = newPhone.canonical(n.number());
            ContactNumber now = key == null || key.length() > ContactLimits.KEY ? n : new ContactNumber(n.label(), n.number(), key);
            if (keys.add(now.key())) {
                out.add(now);
            }
        }
        return out;
    }

    /** Builds the look-up index anew from the table, then swaps it in. */
    private void reindex() {
        NumberIndex.Builder fresh = index.rebuild();
        read("load the contacts' numbers", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(ContactRows.INDEX_COLUMNS + " WHERE number_count > 0 ORDER BY id")) {
                while (rs.next()) {
                    fresh.add(rs.getLong(1), rs.getString(2), rs.getString(3), PackedNumbers.unpack(rs.getString(4)));
                }
            }
            return null;
        });
        fresh.build();
    }

    /** Imports contacts from a file; see {@link ContactImporter}. */
    public ImportReport importContacts(Iterable<ImportItem> items) {
        synchronized (writes) {
            try {
                return inTransaction("import contacts", c -> new ContactImporter(c, phone, digits).run(items));
            } finally {
                // an import commits as it goes: what it stored before a failure is found too
                if (indexLoaded) {
                    reindex();
                }
            }
        }
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
            return SqlTransaction.run(c, work::run);
        } catch (SQLException e) {
            throw failed(doing, e);
        }
    }

    private static ContactsException failed(String doing, SQLException e) {
        return new ContactsException("Ringside could not " + doing + " in its database: " + e.getMessage(), e);
    }
}
