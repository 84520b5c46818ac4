package dev.ringside.contacts.io;

import dev.ringside.contacts.Contact;
import java.io.IOException;

/** Writes contacts to a file one at a time; close it to finish the file. */
public interface ContactWriter extends AutoCloseable {

    void write(Contact contact) throws IOException;

    @Override
    void close() throws IOException;
}
