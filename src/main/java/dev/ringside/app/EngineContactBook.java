package dev.ringside.app;

import dev.ringside.contacts.Contact;
import dev.ringside.contacts.ContactDraft;
import dev.ringside.contacts.ContactStore;
import dev.ringside.contacts.ImportReport;
import dev.ringside.contacts.io.ContactFiles;
import dev.ringside.contacts.io.ContactFormat;
import dev.ringside.ui.port.ContactBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The contacts in the history's database, for the UI; the work runs on the given executor. */
public final class EngineContactBook implements ContactBook {

    private final ContactStore store;
    private final Executor executor;
    private final Runnable changed;

    /** @param changed told (on the executor) after contacts were saved, deleted or imported */
    public EngineContactBook(ContactStore store, Executor executor, Runnable changed) {
        this.store = store;
        this.executor = executor;
        this.changed = changed;
    }

    public EngineContactBook(ContactStore store, Executor executor) {
        this(store, executor, () -> { });
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public CompletableFuture<List<Contact>> search(String text, int limit) {
        return run(() -> store.search(text, limit));
    }

    @Override
    public ContactDraft.Checked check(ContactDraft draft) {
        return draft.check(store.phoneNumbers());
    }

    @Override
    public CompletableFuture<Optional<Contact>> find(long id) {
        return run(() -> store.find(id));
    }

    @Override
    public CompletableFuture<Contact> save(Contact contact) {
        return change(() -> store.save(contact));
    }

    @Override
    public CompletableFuture<Void> delete(long id) {
        return change(() -> {
            store.delete(id);
            return null;
        });
    }

    @Override
    public CompletableFuture<ImportReport> importFile(Path file) {
        return change(() -> ContactFiles.importInto(store, file, null));
    }

    @Override
    public CompletableFuture<Integer> exportFile(Path file, ContactFormat format) {
        return run(() -> ContactFiles.export(store, file, format));
    }

    private <T> CompletableFuture<T> run(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new dev.ringside.contacts.ContactsException("The session has ended.", e));
        }
    }

    private <T> CompletableFuture<T> change(Supplier<T> work) {
        return run(() -> {
            T result = work.get();
            changed.run();
            return result;
        });
    }
}
