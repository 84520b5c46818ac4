package dev.ringside.contacts.io;

import java.util.Locale;

/** The file formats contacts are imported from and exported to. */
public enum ContactFormat {
    /** Comma (or semicolon, or tab) separated values with a header row, UTF-8. */
    CSV,
    /** vCard 3.0 (RFC 2426), the one most address books read. */
    VCARD_3,
    /** vCard 4.0 (RFC 6350). */
    VCARD_4;

    /** The format a file name suggests: {@code .vcf} and {@code .vcard} are vCard (read in any version), else CSV. */
    public static ContactFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".vcf") || n.endsWith(".vcard") ? VCARD_4 : CSV;
    }

    public boolean isVCard() {
        return this != CSV;
    }
}
