package dev.ringside.app.desktop;

import dev.ringside.crm.UrlOpener;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/**
 * Opens a page through {@code java.awt.Desktop}: a fallback on Windows and macOS. Not offered on
 * Linux, where it would load AWT's GTK into the JavaFX process.
 */
public final class AwtBrowser implements UrlOpener {

    @Override
    public boolean isAvailable() {
        if (Os.current() == Os.LINUX || java.awt.GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void open(URI uri) throws IOException {
        try {
            Desktop.getDesktop().browse(uri);
        } catch (UnsupportedOperationException | SecurityException e) {
            throw new IOException("the desktop cannot open web pages", e);
        }
    }

    @Override
    public String toString() {
        return "AwtBrowser";
    }
}
