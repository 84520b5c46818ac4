package dev.ringside.contacts;

/**
 * One record of a contacts file, as its reader made it.
 *
 * @param record     where it is in the file: the CSV line, or the vCard's position (1-based)
 * @param draft      the contact as the file gives it; null when the record could not be read
 * @param unreadable why the record could not be read; null when it could
 */
public record ImportItem(int record, ContactDraft draft, String unreadable) {

    public static ImportItem of(int record, ContactDraft draft) {
        return new ImportItem(record, draft, null);
    }

    public static ImportItem unreadable(int record, String why) {
        return new ImportItem(record, null, why);
    }
}
