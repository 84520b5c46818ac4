package dev.ringside.app;

import dev.ringside.crm.UrlOpener;
import dev.ringside.ui.port.SecretStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a session needs for contacts beyond the history's database: where the directory and CRM
 * settings are kept, the keychain for the directory's password, the browser for the CRM page, and
 * how long the popup's contact line waits for an answer.
 *
 * @param configFolder the app's config folder; null keeps the settings in memory
 */
record ContactsContext(Path configFolder, SecretStore secrets, UrlOpener browser, Duration patience) {

    /** No settings file, no keychain, no browser (the command line, tests of other things). */
    static ContactsContext none() {
        return new ContactsContext(null, SecretStore.NONE, NO_BROWSER, Duration.ofSeconds(4));
    }

    static final UrlOpener NO_BROWSER = new UrlOpener() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public void open(URI uri) throws java.io.IOException {
            throw new java.io.IOException("No browser here.");
        }
    };
}
