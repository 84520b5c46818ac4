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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports contacts so that running it twice adds nothing. A record is the same contact as one
 * already stored (or earlier in the file) when it has the same UID, or the same name and company
 * (ignoring case and spacing) and shares a number with it, or, having no numbers, the same name,
 * company and e-mail. Such a record only adds what the stored contact lacks: new numbers, an
 * e-mail, a note. New contacts are written in batches; commits every few thousand records, so
 * after a failure the earlier ones stay, and importing the file again is harmless.
 */
final class ContactImporter {

    private static final int COMMIT_EVERY = 5_000;
    private static final int BATCH = 500;

    /** What the importer knows of a stored contact. */
    private static final class Known {
        final long id;
        boolean written;
        final String name;
        final String company;
        final String nameKey;
        String email;
        boolean hasNote;
        String uid;
        final Set<String> numberKeys = new HashSet<>();
        final List<ContactNumber> unwritten = new ArrayList<>();
        int nextPosition;

        Known(long id, boolean written, String name, String company, String email, boolean hasNote, String uid) {
            this.id = id;
            this.written = written;
            this.name = name;
            this.company = company;
            this.nameKey = nameKey(name, company);
            this.email = email;
            this.hasNote = hasNote;
            this.uid = uid;
        }
    }

    private final Connection c;
    private final PhoneNumbers phone;
    private final SearchDigits digits;
    private final Map<String, Known> byIdentity = new HashMap<>();
    private final List<Known> unwrittenContacts = new ArrayList<>();
    private final List<Known> withUnwrittenNumbers = new ArrayList<>();
    private PreparedStatement insertContact;
    private PreparedStatement insertNumber;
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
             PreparedStatement numbers = c.prepareStatement(ContactRows.INSERT_NUMBER)) {
            insertContact = contacts;
            insertNumber = numbers;
            int inTransaction = 0;
            for (ImportItem item : items) {
                Contact contact = report.check(item, phone);
                if (contact != null) {
                    importOne(contact, report);
                }
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
        Known match = find(contact);
        if (match == null) {
            Known k = new Known(newId(), false, contact.name(), contact.company(), contact.email(),
                    contact.note() != null, contact.uid());
            ContactRows.bindInsert(insertContact, contact, now, k.id);
            insertContact.addBatch();
            unwrittenContacts.add(k);
            for (ContactNumber n : contact.numbers()) {
                addNumber(k, n);
            }
            remember(k, contact.email());
            report.added();
            if (unwrittenContacts.size() == BATCH) {
                flush();
            }
            return;
        }
        boolean changed = false;
        for (ContactNumber n : contact.numbers()) {
            if (!match.numberKeys.contains(n.key()) && match.numberKeys.size() < ContactLimits.NUMBERS_PER_CONTACT) {
                addNumber(match, n);
                changed = true;
            }
        }
        boolean newEmail = match.email == null && contact.email() != null;
        boolean newNote = !match.hasNote && contact.note() != null;
        boolean newUid = match.uid == null && contact.uid() != null;
        if (newEmail || newNote || newUid) {
            if (!match.written) {
                flush();
            }
            fillIn(match, contact);
            changed = true;
        }
        remember(match, contact.email());
        if (changed) {
            report.updated();
        } else {
            report.unchanged();
        }
    }

    private Known find(Contact contact) {
        if (contact.uid() != null) {
            Known k = byIdentity.get(uidKey(contact.uid()));
            if (k != null) {
                return k;
            }
        }
        String nameKey = nameKey(contact.name(), contact.company());
        for (ContactNumber n : contact.numbers()) {
            Known k = byIdentity.get(numberIdentity(nameKey, n.key()));
            if (k != null) {
                return k;
            }
        }
        return contact.numbers().isEmpty() ? byIdentity.get(emailIdentity(nameKey, contact.email())) : null;
    }

    private void fillIn(Known k, Contact incoming) throws SQLException {
        String email = k.email != null ? k.email : incoming.email();
        Contact merged = new Contact(k.id, k.name, k.company, List.of(), email, null, null);
        try (PreparedStatement ps = c.prepareStatement("UPDATE contacts SET email = ?,"
                + " note = COALESCE(note, ?), uid = COALESCE(uid, ?), search_text = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, email);
            ps.setString(2, incoming.note());
            ps.setString(3, incoming.uid());
            ps.setString(4, ContactRows.searchText(merged));
            ContactRows.setInstant(ps, 5, now);
            ps.setLong(6, k.id);
            ps.executeUpdate();
        }
        k.email = email;
        k.hasNote = k.hasNote || incoming.note() != null;
        if (k.uid == null && incoming.uid() != null) {
            k.uid = incoming.uid();
            byIdentity.put(uidKey(k.uid), k);
        }
    }

    private void addNumber(Known k, ContactNumber n) {
        if (k.unwritten.isEmpty()) {
            withUnwrittenNumbers.add(k);
        }
        k.unwritten.add(n);
        k.numberKeys.add(n.key());
        byIdentity.putIfAbsent(numberIdentity(k.nameKey, n.key()), k);
    }

    private long newId() throws SQLException {
        if (nextId == ids.length) {
            ids = ContactRows.newIds(c, BATCH);
            nextId = 0;
        }
        return ids[nextId++];
    }

    /** Writes the waiting contacts, then the waiting numbers. */
    private void flush() throws SQLException {
        if (!unwrittenContacts.isEmpty()) {
            insertContact.executeBatch();
            unwrittenContacts.forEach(k -> k.written = true);
            unwrittenContacts.clear();
        }
        if (!withUnwrittenNumbers.isEmpty()) {
            for (Known k : withUnwrittenNumbers) {
                for (ContactNumber n : k.unwritten) {
                    ContactRows.bindNumber(insertNumber, k.id, k.nextPosition++, n, digits);
                    insertNumber.addBatch();
                }
                k.unwritten.clear();
            }
            withUnwrittenNumbers.clear();
            insertNumber.executeBatch();
        }
    }

    private void remember(Known k, String email) {
        if (k.uid != null) {
            byIdentity.putIfAbsent(uidKey(k.uid), k);
        }
        if (k.numberKeys.isEmpty()) {
            byIdentity.putIfAbsent(emailIdentity(k.nameKey, email), k);
        }
    }

    private void loadKnown() throws SQLException {
        Map<Long, Known> known = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, company, email, note IS NOT NULL, uid FROM contacts")) {
            while (rs.next()) {
                Known k = new Known(rs.getLong(1), true, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6));
                known.put(k.id, k);
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT contact_id, number_key, position FROM contact_numbers")) {
            while (rs.next()) {
                Known k = known.get(rs.getLong(1));
                k.numberKeys.add(rs.getString(2));
                k.nextPosition = Math.max(k.nextPosition, rs.getInt(3) + 1);
                byIdentity.putIfAbsent(numberIdentity(k.nameKey, rs.getString(2)), k);
            }
        }
        for (Known k : known.values()) {
            remember(k, k.email);
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

    private static String uidKey(String uid) {
        return "u\u0000" + uid;
    }

    private static String numberIdentity(String nameKey, String numberKey) {
        return "n\u0000" + nameKey + "\u0000" + numberKey;
    }

    private static String emailIdentity(String nameKey, String email) {
        return "e\u0000" + nameKey + "\u0000" + squeeze(email);
    }
}
