package dev.ringside.contacts.io;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactNumber;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Writes contacts as vCard 3.0 or 4.0 (UTF-8) through ez-vcard. A label that is a vCard telephone
 * type ({@code cell}, {@code work}, ...) is written as {@code TYPE}; any other ({@code mobile},
 * {@code Office}) as an {@code X-ABLabel} beside the number, which Apple's and Google's address
 * books read, and so does {@link VCardContactReader}. A company's own entry is marked
 * {@code X-ABShowAs:COMPANY} (and {@code KIND:org} in 4.0).
 */
public final class VCardContactWriter implements ContactWriter {

    private static final Set<String> TEL_TYPES = Set.of("home", "work", "cell", "fax", "voice", "pager", "video",
            "text", "textphone", "msg", "car", "isdn", "pcs", "bbs", "modem");

    private final VCardWriter writer;
    private final VCardVersion version;

    public VCardContactWriter(OutputStream out, VCardVersion version) {
        this.version = version;
        this.writer = new VCardWriter(out, version);
        // N with all five parts ("N:;;;;"), as RFC 2426 and 6350 spell an empty one
        writer.setIncludeTrailingSemicolons(true);
    }

    @Override
    public void write(Contact c) throws IOException {
        writer.write(card(c));
    }

    VCard card(Contact c) {
        VCard card = new VCard();
        if (c.name() != null) {
            card.setFormattedName(c.name());
            card.setStructuredName(structured(c.name()));
        } else {
            card.setFormattedName(c.company());
            card.setStructuredName(new StructuredName());
            card.setExtendedProperty("X-ABShowAs", "COMPANY");
            if (version == VCardVersion.V4_0) {
                card.setKind(Kind.org());
            }
        }
        if (c.company() != null) {
            card.setOrganization(c.company());
        }
        int item = 0;
        for (ContactNumber n : c.numbers()) {
            Telephone tel = new Telephone(n.number());
            String label = n.label();
            if (label != null && TEL_TYPES.contains(label.toLowerCase(Locale.ROOT))) {
                tel.getTypes().add(TelephoneType.get(label));
            } else if (label != null) {
                String group = "item" + (++item);
                tel.setGroup(group);
                card.addExtendedProperty("X-ABLabel", label).setGroup(group);
            }
            card.addTelephoneNumber(tel);
        }
        if (c.email() != null) {
            card.addEmail(c.email());
        }
        if (c.note() != null) {
            card.addNote(c.note());
        }
        if (c.uid() != null) {
            card.setUid(new Uid(c.uid()));
        }
        return card;
    }

    /** Given names, then the family name: the last word. */
    private static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(name);
        } else {
            n.setGiven(name.substring(0, space).strip());
            n.setFamily(name.substring(space + 1));
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
