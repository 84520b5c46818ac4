package dev.ringside.ui.fake;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.io.ContactFormat;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.port.ContactBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Contacts in memory, numbers read in the US; tests read back what the UI saved. */
public final class MemoryContactBook implements ContactBook {

    public final Map<Long, Contact> contacts = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final PhoneNumbers phone = new PhoneNumbers("US");

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public CompletableFuture<List<Contact>> search(String text, int limit) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return CompletableFuture.completedFuture(contacts.values().stream()
                .filter(c -> c.displayName().toLowerCase(Locale.ROOT).contains(t)).limit(limit).toList());
    }

    @Override
    public CompletableFuture<Optional<Contact>> find(long id) {
        return CompletableFuture.completedFuture(Optional.ofNullable(contacts.get(id)));
    }

    @Override
    public ContactDraft.Checked check(ContactDraft draft) {
        return draft.check(phone);
    }

    @Override
    public CompletableFuture<Contact> save(Contact contact) {
        Contact stored = contact.id() == null ? contact.withId(ids.incrementAndGet()) : contact;
        contacts.put(stored.id(), stored);
        return CompletableFuture.completedFuture(stored);
    }

    @Override
    public CompletableFuture<Void> delete(long id) {
        contacts.remove(id);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ImportReport> importFile(Path file) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no files here"));
    }

    @Override
    public CompletableFuture<Integer> exportFile(Path file, ContactFormat format) {
        return CompletableFuture.completedFuture(0);
    }
}
