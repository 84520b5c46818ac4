package dev.ringside.crm;

import java.io.IOException;
import java.net.URI;

/**
 * Opens a web page in the operator's browser. Each desktop offers several ways (the OS's own
 * command, java.awt.Desktop, JavaFX's HostServices); {@link UrlOpeners#firstWorking} tries the
 * available ones in order and falls back to the next when one fails.
 */
public interface UrlOpener {

    /** Whether this way can work here at all (its tool is installed, its API supported). Cheap. */
    boolean isAvailable();

    /** Opens the page; returns once the browser was asked, not when the page shows. */
    void open(URI uri) throws IOException;
}
