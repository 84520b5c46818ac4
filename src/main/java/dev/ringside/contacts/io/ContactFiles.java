package dev.ringside.contacts.io;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactIndex;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.ContactsException;
import dev.ringside.contacts.ImportItem;
import dev.ringside.contacts.ImportReport;
import dev.ringside.phone.PhoneNumbers;
import ezvcard.VCardVersion;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Opens contacts files (CSV or vCard, told apart by their content) and writes them. */
public final class ContactFiles {

    private ContactFiles() {
    }

    /** Contacts read from a file into memory, with what was left out. */
    public record Loaded(List<Contact> contacts, ImportReport report) {

        public ContactIndex index(PhoneNumbers phone) {
            return new ContactIndex(contacts, phone);
        }
    }

    /**
     * Opens a contacts file for reading: vCard when it starts with {@code BEGIN:VCARD}, else CSV.
     *
     * @param mapping the CSV columns; null to detect them from the header row
     * @throws ContactsException with words for the operator when the file cannot be read
     */
    public static ContactSource open(Path file, CsvMapping mapping) {
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return isVCard(in) ? new VCardContactReader(in) : new CsvContactReader(in, mapping);
        } catch (NoSuchFileException e) {
            throw new ContactsException("There is no file " + file + ".", e);
        } catch (IOException e) {
            closeQuietly(in);
            throw new ContactsException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Reads a whole contacts file into memory (for {@code replay} and {@code monitor}). */
    public static Loaded load(Path file, PhoneNumbers phone) {
        ImportReport.Builder report = new ImportReport.Builder();
        List<Contact> contacts = new ArrayList<>();
        try (ContactSource source = open(file, null)) {
            for (ImportItem item : source) {
                Contact c = report.check(item, phone);
                if (c != null) {
                    contacts.add(c);
                    report.added();
                }
            }
        }
        return new Loaded(contacts, report.build());
    }

    /** Imports a contacts file into the store; see {@link ContactStore#importContacts}. */
    public static ImportReport importInto(ContactStore store, Path file, CsvMapping mapping) {
        try (ContactSource source = open(file, mapping)) {
            return store.importContacts(source);
        }
    }

    /**
     * Writes every contact of the store to {@code file} in {@code format}, through a temporary file
     * beside it, so a failure half-way never leaves a cut file behind.
     */
    public static int export(ContactStore store, Path file, ContactFormat format) {
        Path tmp = null;
        int[] written = {0};
        try {
            Path dir = file.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, ".ringside-export", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ContactWriter writer = writer(out, format, store)) {
                store.forEach(c -> {
                    try {
                        writer.write(c);
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            return written[0];
        } catch (IOException | UncheckedIOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new ContactsException("Cannot write " + file + ": " + why, e);
        }
    }

    /** A writer for contacts in {@code format}; CSV gets room for as many numbers as {@code maxNumbers}. */
    public static ContactWriter writer(OutputStream out, ContactFormat format, int maxNumbers) throws IOException {
        return switch (format) {
            case CSV -> new CsvContactWriter(out, maxNumbers);
            case VCARD_3 -> new VCardContactWriter(out, VCardVersion.V3_0);
            case VCARD_4 -> new VCardContactWriter(out, VCardVersion.V4_0);
        };
    }

    private static ContactWriter writer(OutputStream out, ContactFormat format, ContactStore store) throws IOException {
        return writer(out, format, format == ContactFormat.CSV ? store.maxNumbersPerContact() : 0);
    }

    private static boolean isVCard(InputStream in) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length());
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing to save
            }
        }
    }
}
