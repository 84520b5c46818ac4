package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports contacts so that running it twice adds nothing. A record is the same contact as one
 * already stored (or earlier in the file) when it has the same UID, or the same name and company
 * (ignoring case and spacing) and shares a number with it, or, having no numbers, the same name,
 * company and e-mail. Such a record only adds what the stored contact lacks: new numbers, an
 * e-mail, a note. Commits every few thousand records: after a failure the earlier ones stay, and
 * importing the file again is harmless.
 */
final class ContactImporter {

    private static final int COMMIT_EVERY = 2_000;
    private static final int NUMBER_BATCH = 500;

    /** What the importer knows of a stored contact. */
    private static final class Known {
        final long id;
        final String name;
        final String company;
        final String nameKey;
        String email;
        boolean hasNote;
        String uid;
        final Set<String> numberKeys = new HashSet<>();
        int nextPosition;

        Known(long id, String name, String company, String email, boolean hasNote, String uid) {
            this.id = id;
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
    private final Map<Long, Known> known = new HashMap<>();
    private final Map<String, Known> byIdentity = new HashMap<>();
    private PreparedStatement insertNumber;
    private int pendingNumbers;

    ContactImporter(Connection c, PhoneNumbers phone) {
        this.c = c;
        this.phone = phone;
    }

    ImportReport run(Iterable<ImportItem> items) throws SQLException {
        ImportReport.Builder report = new ImportReport.Builder();
        loadKnown();
        try (PreparedStatement numbers = c.prepareStatement(ContactRows.INSERT_NUMBER)) {
            insertNumber = numbers;
            int inTransaction = 0;
            Instant now = Instant.now();
            for (ImportItem item : items) {
                Contact contact = report.check(item, phone);
                if (contact != null) {
                    importOne(contact, now, report);
                }
                if (++inTransaction == COMMIT_EVERY) {
                    flushNumbers();
                    c.commit();
                    inTransaction = 0;
                    now = Instant.now();
                }
            }
            flushNumbers();
        }
        return report.build();
    }

    private void importOne(Contact contact, Instant now, ImportReport.Builder report) throws SQLException {
        Known match = find(contact);
        if (match == null) {
            long id = ContactRows.insert(c, contact, now);
            Known k = new Known(id, contact.name(), contact.company(), contact.email(), contact.note() != null,
                    contact.uid());
            known.put(id, k);
            for (ContactNumber n : contact.numbers()) {
                addNumber(k, n);
            }
            remember(k, contact.email());
            report.added();
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
            fillIn(match, contact, now);
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

    private void fillIn(Known k, Contact incoming, Instant now) throws SQLException {
        String email = k.email != null ? k.email : incoming.email();
        Contact merged = new Contact(k.id, k.name, k.company, java.util.List.of(), email, null, null);
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

    private void addNumber(Known k, ContactNumber n) throws SQLException {
        ContactRows.bindNumber(insertNumber, k.id, k.nextPosition++, n, phone);
        insertNumber.addBatch();
        k.numberKeys.add(n.key());
        byIdentity.putIfAbsent(numberIdentity(k.nameKey, n.key()), k);
        if (++pendingNumbers == NUMBER_BATCH) {
            flushNumbers();
        }
    }

    private void flushNumbers() throws SQLException {
        if (pendingNumbers > 0) {
            insertNumber.executeBatch();
            pendingNumbers = 0;
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
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, company, email, note IS NOT NULL, uid FROM contacts")) {
            while (rs.next()) {
                Known k = new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
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

    private static String squeeze(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
