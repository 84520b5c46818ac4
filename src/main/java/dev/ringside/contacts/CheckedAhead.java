package dev.ringside.contacts;

import dev.ringside.phone.PhoneNumbers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and checks the records of a file on a thread of its own while the importer writes the
 * ones before: reading a file and parsing its numbers costs about as much as writing them, and
 * a PC has more than one core. The reader's problems go into the report as it goes (the importer
 * only counts what it stored); a failure of the reader (a file that is not UTF-8) reaches the
 * importer as it was thrown. At most a few batches wait, so memory stays bounded.
 */
final class CheckedAhead implements Iterator<Contact>, AutoCloseable {

    private static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 4;
    private static final List<Contact> END = List.of();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<Contact> current = List.<Contact>of().iterator();
    private boolean ended;

    CheckedAhead(Iterable<ImportItem> items, ImportReport.Builder report, PhoneNumbers phone) {
        reader = new Thread(() -> read(items, report, phone), "ringside-contacts-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterable<ImportItem> items, ImportReport.Builder report, PhoneNumbers phone) {
        try {
            List<Contact> batch = new ArrayList<>(BATCH);
            for (ImportItem item : items) {
                if (closed) {
                    return;
                }
                Contact contact = report.check(item, phone);
                if (contact != null) {
                    batch.add(contact);
                    if (batch.size() == BATCH) {
                        put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (RuntimeException | Error e) {
            try {
                put(e);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object o) throws InterruptedException {
        while (!closed && !queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
            // the importer is busy writing; wait for room (or until it gave up)
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContactsException("The import was interrupted.", e);
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            if (next instanceof Error e) {
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<Contact> batch = (List<Contact>) next;
            if (batch == END) {
                ended = true;
            } else {
                current = batch.iterator();
            }
        }
        return current.hasNext();
    }

    @Override
    public Contact next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reader (the importer failed) and waits for it, so the file can be closed. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
