package dev.ringside.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: contacts added, updated (new numbers or fields merged into a contact already
 * there) and unchanged (already there as they are: importing a file twice adds nothing), and what
 * it left out and why.
 *
 * @param skippedContacts contacts left out
 * @param skippedNumbers  numbers left out of contacts that were imported
 * @param skipped         the first {@link #MAX_LISTED} things left out, in file order
 */
public record ImportReport(int added, int updated, int unchanged, int skippedContacts, int skippedNumbers,
                           List<Skipped> skipped) {

    /** The report lists this many skipped things at most; the counts cover all of them. */
    public static final int MAX_LISTED = 1000;

    /**
     * One thing left out.
     *
     * @param record where it is in the file (CSV line, vCard position)
     * @param who    the contact's name or company, when it has one, else ""
     * @param reason why
     * @param detail the field, or the number as written, that was the trouble
     */
    public record Skipped(int record, String who, SkipReason reason, String detail) {
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
    }

    /** Contacts in the file that are now in the store: added, updated or already there. */
    public int imported() {
        return added + updated + unchanged;
    }

    /**
     * Collects a report while a file is read. The import checks records ({@link #check}, {@link #skip})
     * on one thread and counts what it stored on another; {@link #build} runs once both are done.
     */
    public static final class Builder {
        private int added;
        private int updated;
        private int unchanged;
        private int skippedContacts;
        private int skippedNumbers;
        private final List<Skipped> skipped = new ArrayList<>();

        public void added() {
            added++;
        }

        public void updated() {
            updated++;
        }

        public void unchanged() {
            unchanged++;
        }

        public void skip(int record, String who, SkipReason reason, String detail) {
            if (reason.wholeContact()) {
                skippedContacts++;
            } else {
                skippedNumbers++;
            }
            if (skipped.size() < MAX_LISTED) {
                skipped.add(new Skipped(record, who == null ? "" : ContactDraft.shorten(who), reason,
                        detail == null ? "" : detail));
            }
        }

        /** Checks one item, notes its problems, and gives the contact to import (null when left out). */
        public Contact check(ImportItem item, dev.ringside.phone.PhoneNumbers phone) {
            if (item.draft() == null) {
                skip(item.record(), "", SkipReason.UNREADABLE, item.unreadable());
                return null;
            }
            ContactDraft.Checked checked = item.draft().check(phone);
            String who = checked.contact() != null ? checked.contact().displayName()
                    : firstNonBlank(item.draft().name, item.draft().company);
            for (ContactDraft.Problem p : checked.problems()) {
                skip(item.record(), who, p.reason(), p.detail());
            }
            return checked.contact();
        }

        public ImportReport build() {
            return new ImportReport(added, updated, unchanged, skippedContacts, skippedNumbers, skipped);
        }

        private static String firstNonBlank(String a, String b) {
            String x = Contact.blankToNull(a);
            return x != null ? x : Contact.blankToNull(b);
        }
    }
}
