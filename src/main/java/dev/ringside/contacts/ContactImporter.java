package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports contacts so that running it twice adds nothing. A record is the same contact as one
 * already stored (or earlier in the file) when it has the same UID, or the same name and company
 * (ignoring case and spacing) and shares a number with it, or, having no numbers, the same name,
 * company and e-mail. Such a record only adds what the stored contact lacks: new numbers, an
 * e-mail, a note. What is stored is read in one pass at the start and looked up in memory (a few
 * hundred bytes per contact); new contacts and new numbers are written in batches of prepared
 * statements, committed every few thousand records, so after a failure the earlier ones stay, and
 * importing the file again is harmless.
 */
final class ContactImporter {

    private static final int COMMIT_EVERY = 10_000;
    private static final int BATCH = 1_000;

    /** What the importer knows of a stored contact (or one waiting to be written). */
    private static final class Known {
        final long id;
        final String nameKey;
        /** The contact to insert while it is not written yet; null once it is. */
        Contact unwritten;
        int numberCount;
        /** Numbers this import adds to a written contact, not written yet; null when none. */
        List<ContactNumber> added;
        boolean hasEmail;
        boolean hasNote;
        boolean hasUid;

        Known(long id, String nameKey) {
            this.id = id;
            this.nameKey = nameKey;
        }
    }

    private final Connection c;
    private final PhoneNumbers phone;
    private final SearchDigits digits;
    /** Number key: the contact with it, or a Known[] when several (of other names) have it. */
    private final Map<String, Object> byNumber = new HashMap<>();
    private final Map<String, Known> byUid = new HashMap<>();
    /** Contacts without numbers, by name and e-mail. */
    private final Map<String, Known> byEmail = new HashMap<>();
    private final List<Known> waiting = new ArrayList<>();
    private PreparedStatement insertContact;
    private PreparedStatement updateNumbers;
    private Instant now = Instant.now();
    private long[] ids = new long[0];
    private int nextId;

    ContactImporter(Connection c, PhoneNumbers phone, SearchDigits digits) {
        this.c = c;
        this.phone = phone;
        this.digits = digits;
    }

    ImportReport run(Iterable<ImportItem> items) throws SQLException {
        ImportReport.Builder report = new ImportReport.Builder();
        loadKnown();
        try (PreparedStatement contacts = c.prepareStatement(ContactRows.INSERT);
             PreparedStatement numbers = c.prepareStatement(ContactRows.UPDATE_NUMBERS);
             CheckedAhead checked = new CheckedAhead(items, report, phone)) {
            insertContact = contacts;
            updateNumbers = numbers;
            int inTransaction = 0;
            while (checked.hasNext()) {
                importOne(checked.next(), report);
                if (++inTransaction == COMMIT_EVERY) {
                    flush();
                    c.commit();
                    inTransaction = 0;
                    now = Instant.now();
                }
            }
            flush();
        }
        return report.build();
    }

    private void importOne(Contact contact, ImportReport.Builder report) throws SQLException {
        String nameKey = nameKey(contact.name(), contact.company());
        Known match = find(contact, nameKey);
        if (match == null) {
            Known k = new Known(newId(), nameKey);
            k.unwritten = contact;
            k.numberCount = contact.numbers().size();
            k.hasEmail = contact.email() != null;
            k.hasNote = contact.note() != null;
            k.hasUid = contact.uid() != null;
            for (ContactNumber n : contact.numbers()) {
                own(n.key(), k);
            }
            remember(k, contact.uid(), contact.email());
            waiting.add(k);
            report.added();
            if (waiting.size() >= BATCH) {
                flush();
            }
            return;
        }
        boolean changed = false;
        for (ContactNumber n : contact.numbers()) {
            if (!owns(n.key(), match) && match.numberCount < ContactLimits.NUMBERS_PER_CONTACT) {
                addNumber(match, n);
                changed = true;
            }
        }
        boolean newEmail = !match.hasEmail && contact.email() != null;
        boolean newNote = !match.hasNote && contact.note() != null;
        boolean newUid = !match.hasUid && contact.uid() != null;
        if (newEmail || newNote || newUid) {
            if (match.unwritten != null) {
                flush();
            }
            fillIn(match, contact);
            changed = true;
        }
        if (match.numberCount == 0) {
            remember(match, null, contact.email());
        }
        if (changed) {
            report.updated();
        } else {
            report.unchanged();
        }
    }

    private Known find(Contact contact, String nameKey) {
        if (contact.uid() != null) {
            Known k = byUid.get(contact.uid());
            if (k != null) {
                return k;
            }
        }
        for (ContactNumber n : contact.numbers()) {
            Object owners = byNumber.get(n.key());
            if (owners instanceof Known k && k.nameKey.equals(nameKey)) {
                return k;
            }
            if (owners instanceof Known[] all) {
                for (Known k : all) {
                    if (k.nameKey.equals(nameKey)) {
                        return k;
                    }
                }
            }
        }
        return contact.numbers().isEmpty() ? byEmail.get(emailKey(nameKey, contact.email())) : null;
    }

    private boolean owns(String key, Known k) {
        Object owners = byNumber.get(key);
        if (owners instanceof Known[] all) {
            for (Known o : all) {
                if (o == k) {
                    return true;
                }
            }
            return false;
        }
        return owners == k;
    }

    /** Notes that {@code k} has the number; another contact of the same name keeps it first. */
    private void own(String key, Known k) {
        Object owners = byNumber.get(key);
        if (owners == null) {
            byNumber.put(key, k);
        } else if (owners instanceof Known one) {
            if (one != k) {
                byNumber.put(key, new Known[] {one, k});
            }
        } else {
            Known[] all = (Known[]) owners;
            for (Known o : all) {
                if (o == k) {
                    return;
                }
            }
            Known[] more = java.util.Arrays.copyOf(all, all.length + 1);
            more[all.length] = k;
            byNumber.put(key, more);
        }
    }

    private void remember(Known k, String uid, String email) {
        if (uid != null) {
            byUid.putIfAbsent(uid, k);
        }
        if (k.numberCount == 0) {
            byEmail.putIfAbsent(emailKey(k.nameKey, email), k);
        }
    }

    private void fillIn(Known k, Contact incoming) throws SQLException {
        String name;
        String company;
        String email;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, company, COALESCE(email, ?) FROM contacts"
                + " WHERE id = ?")) {
            ps.setString(1, incoming.email());
            ps.setLong(2, k.id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                name = rs.getString(1);
                company = rs.getString(2);
                email = rs.getString(3);
            }
        }
        String searchText = ContactRows.searchText(new Contact(k.id, name, company, List.of(), email, null, null));
        try (PreparedStatement ps = c.prepareStatement("UPDATE contacts SET email = ?,"
                + " note = COALESCE(note, ?), uid = COALESCE(uid, ?), search_text = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, email);
            ps.setString(2, incoming.note());
            ps.setString(3, incoming.uid());
            ps.setString(4, searchText);
            ContactRows.setInstant(ps, 5, now);
            ps.setLong(6, k.id);
            ps.executeUpdate();
        }
        k.hasEmail = email != null;
        k.hasNote = k.hasNote || incoming.note() != null;
        if (!k.hasUid && incoming.uid() != null) {
            k.hasUid = true;
            byUid.putIfAbsent(incoming.uid(), k);
        }
    }

    private void addNumber(Known k, ContactNumber n) {
        if (k.unwritten != null) {
            List<ContactNumber> all = new ArrayList<>(k.unwritten.numbers());
            all.add(n);
            Contact u = k.unwritten;
            k.unwritten = new Contact(null, u.name(), u.company(), all, u.email(), u.note(), u.uid());
        } else {
            if (k.added == null) {
                k.added = new ArrayList<>(2);
                waiting.add(k);
            }
            k.added.add(n);
        }
        k.numberCount++;
        own(n.key(), k);
    }

    private long newId() throws SQLException {
        if (nextId == ids.length) {
            ids = ContactRows.newIds(c, BATCH);
            nextId = 0;
        }
        return ids[nextId++];
    }

    /** Writes the waiting contacts, and the new numbers of stored ones, each in one batch. */
    private void flush() throws SQLException {
        if (waiting.isEmpty()) {
            return;
        }
        List<Known> grown = new ArrayList<>();
        boolean inserts = false;
        for (Known k : waiting) {
            if (k.unwritten != null) {
                ContactRows.bindInsert(insertContact, k.unwritten, now, k.id, digits);
                insertContact.addBatch();
                k.unwritten = null;
                inserts = true;
            } else if (k.added != null) {
                grown.add(k);
            }
        }
        waiting.clear();
        if (inserts) {
            insertContact.executeBatch();
        }
        if (!grown.isEmpty()) {
            writeAddedNumbers(grown);
        }
    }

    /** Appends the added numbers to the stored ones (read for the batch in one query). */
    private void writeAddedNumbers(List<Known> grown) throws SQLException {
        Map<Long, String[]> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, numbers, number_digits FROM contacts"
                + " WHERE id = ANY(?)")) {
            ps.setObject(1, grown.stream().map(k -> k.id).toArray(Long[]::new));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        for (Known k : grown) {
            String[] before = stored.getOrDefault(k.id, new String[] {"", ""});
            StringBuilder packed = new StringBuilder(before[0]);
            k.added.forEach(n -> PackedNumbers.append(packed, n));
            String more = ContactRows.numberDigits(k.added, digits);
            updateNumbers.setString(1, packed.toString());
            updateNumbers.setString(2, before[1].isEmpty() ? more : before[1] + " " + more);
            updateNumbers.setInt(3, k.numberCount);
            ContactRows.setInstant(updateNumbers, 4, now);
            updateNumbers.setLong(5, k.id);
            updateNumbers.addBatch();
            k.added = null;
        }
        updateNumbers.executeBatch();
    }

    /** Everything stored, in one pass. */
    private void loadKnown() throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, company, email, note IS NOT NULL, uid, numbers,"
                     + " number_count FROM contacts ORDER BY id")) {
            while (rs.next()) {
                Known k = new Known(rs.getLong(1), nameKey(rs.getString(2), rs.getString(3)));
                String email = rs.getString(4);
                String uid = rs.getString(6);
                k.hasEmail = email != null;
                k.hasNote = rs.getBoolean(5);
                k.hasUid = uid != null;
                k.numberCount = rs.getInt(8);
                if (k.numberCount > 0) {
                    for (ContactNumber n : PackedNumbers.unpack(rs.getString(7))) {
                        own(n.key(), k);
                    }
                }
                remember(k, uid, email);
            }
        }
    }

    static String nameKey(String name, String company) {
        return squeeze(name) + "\u0001" + squeeze(company);
    }

    /** Lower case, runs of white space as one space: "Anna  Smith" and "anna smith" are one name. */
    private static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(ch);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String emailKey(String nameKey, String email) {
        return nameKey + "\u0000" + squeeze(email);
    }
}
