package dev.ringside.contacts.io;

import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ImportItem;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads contacts from a vCard file (2.1, 3.0 or 4.0) through ez-vcard, one card at a time. A card
 * whose formatted name is just its organisation, or that says it is a company ({@code KIND:org},
 * Apple's {@code X-ABShowAs:COMPANY}), is a company's own entry with no person's name. A number's
 * label is its {@code X-ABLabel} when the card gives one, else its first {@code TYPE} other than
 * {@code voice} and {@code pref}, as written ({@code cell}, {@code work}).
 */
public final class VCardContactReader implements ContactSource {

    private static final Set<String> NOT_A_LABEL = Set.of("voice", "pref", "internet");

    private final VCardReader reader;
    private boolean used;

    public VCardContactReader(InputStream in) {
        this.reader = new VCardReader(in);
    }

    @Override
    public Iterator<ImportItem> iterator() {
        if (used) {
            throw new IllegalStateException("a contact file is read once");
        }
        used = true;
        return new Iterator<>() {
            private int position;
            private ImportItem next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    position++;
                    try {
                        VCard card = reader.readNext();
                        if (card == null) {
                            done = true;
                        } else {
                            next = ImportItem.of(position, draft(card));
                        }
                    } catch (IOException | RuntimeException e) {
                        done = true;
                        next = ImportItem.unreadable(position, "this card and the rest of the file: " + e.getMessage());
                    }
                }
                return next != null;
            }

            @Override
            public ImportItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ImportItem out = next;
                next = null;
                return out;
            }
        };
    }

    static ContactDraft draft(VCard card) {
        ContactDraft d = new ContactDraft();
        d.company = card.getOrganization() == null ? null
                : card.getOrganization().getValues().stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        String formatted = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
        String structured = structuredName(card.getStructuredName());
        boolean companyCard = (card.getKind() != null && card.getKind().isOrg())
                || hasValue(card.getExtendedProperty("X-ABShowAs"), "COMPANY");
        if (companyCard) {
            d.name = null;
            if (d.company == null) {
                d.company = formatted;
            }
        } else if (formatted != null && !formatted.isBlank()) {
            boolean justTheCompany = structured.isEmpty() && formatted.strip().equals(d.company);
            d.name = justTheCompany ? null : formatted;
        } else {
            d.name = structured;
        }
        Map<String, String> groupLabels = new HashMap<>();
        for (RawProperty label : card.getExtendedProperties("X-ABLabel")) {
            if (label.getGroup() != null && label.getValue() != null) {
                groupLabels.put(label.getGroup().toLowerCase(Locale.ROOT), appleLabel(label.getValue()));
            }
        }
        for (Telephone tel : card.getTelephoneNumbers()) {
            String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().toString();
            String label = tel.getGroup() == null ? null : groupLabels.get(tel.getGroup().toLowerCase(Locale.ROOT));
            if (label == null) {
                label = typeLabel(tel.getTypes());
            }
            d.addNumber(label, number);
        }
        d.email = card.getEmails().stream().map(Email::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank()).toList();
        d.note = notes.isEmpty() ? null : String.join("\n", notes);
        d.uid = card.getUid() == null ? null : card.getUid().getValue();
        return d;
    }

    private static String typeLabel(List<TelephoneType> types) {
        for (TelephoneType t : types) {
            String v = t.getValue();
            if (v != null && !NOT_A_LABEL.contains(v.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        return null;
    }

    /** Apple writes its own labels as {@code _$!<Mobile>!$_}; custom ones as they are. */
    private static String appleLabel(String value) {
        String v = value.strip();
        if (v.startsWith("_$!<") && v.endsWith(">!$_")) {
            return v.substring(4, v.length() - 4).toLowerCase(Locale.ROOT);
        }
        return v;
    }

    private static String structuredName(StructuredName n) {
        if (n == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, n.getGiven());
        n.getAdditionalNames().forEach(a -> append(sb, a));
        append(sb, n.getFamily());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(part.strip());
        }
    }

    private static boolean hasValue(RawProperty p, String value) {
        return p != null && p.getValue() != null && p.getValue().strip().equalsIgnoreCase(value);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // read-only file: nothing is lost
        }
    }
}
