package dev.ringside.ui.port;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.io.ContactFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The operator's contacts, for the Contacts view and "Add contact". Every call returns at once;
 * the work runs off the UI thread. Futures fail with an operator-readable message.
 */
public interface ContactBook {

    /** False where there is no contact store (the UI hides the Contacts view). */
    boolean available();

    /** Contacts whose name, company or e-mail contains the text, or a number its digits; sorted by name. */
    CompletableFuture<List<Contact>> search(String text, int limit);

    /** The stored contact, if it still exists. */
    default CompletableFuture<java.util.Optional<Contact>> find(long id) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
    }

    /** Checks a form's draft (numbers read in the home country) without saving it. */
    ContactDraft.Checked check(ContactDraft draft);

    /** Adds the contact ({@code id} null) or replaces contact {@code id}. */
    CompletableFuture<Contact> save(Contact contact);

    CompletableFuture<Void> delete(long id);

    /** Imports a CSV or vCard file; importing it twice adds nothing. */
    CompletableFuture<ImportReport> importFile(Path file);

    /** Writes every contact to the file. @return how many */
    CompletableFuture<Integer> exportFile(Path file, ContactFormat format);

    ContactBook NONE = new ContactBook() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public CompletableFuture<List<Contact>> search(String text, int limit) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public ContactDraft.Checked check(ContactDraft draft) {
            return draft.check(new dev.ringside.phone.PhoneNumbers(""));
        }

        @Override
        public CompletableFuture<Contact> save(Contact contact) {
            return CompletableFuture.failedFuture(new IllegalStateException("no contacts here"));
        }

        @Override
        public CompletableFuture<Void> delete(long id) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<ImportReport> importFile(Path file) {
            return CompletableFuture.failedFuture(new IllegalStateException("no contacts here"));
        }

        @Override
        public CompletableFuture<Integer> exportFile(Path file, ContactFormat format) {
            return CompletableFuture.completedFuture(0);
        }
    };
}
