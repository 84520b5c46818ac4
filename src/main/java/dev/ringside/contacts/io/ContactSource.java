package dev.ringside.contacts.io;

import dev.ringside.contacts.ImportItem;
import java.util.Iterator;

/** The records of one open contacts file, read one at a time; iterate once, then close. */
public interface ContactSource extends Iterable<ImportItem>, AutoCloseable {

    @Override
    Iterator<ImportItem> iterator();

    @Override
    void close();
}
