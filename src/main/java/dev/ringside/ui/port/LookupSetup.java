package dev.ringside.ui.port;

import dev.ringside.contacts.directory.DirectorySettings;
import java.util.concurrent.CompletableFuture;

/**
 * The directory and CRM settings of the running app, for the settings dialog: read, test, save.
 * Saving applies them at once (the next ring uses the new directory). Futures complete off the
 * UI thread.
 */
public interface LookupSetup {

    LookupSettings current();

    /** Whether a bind password for these settings is in the keychain (or kept for this run). */
    CompletableFuture<Boolean> hasPassword(DirectorySettings directory);

    /** False where there is no keychain: a password is then kept for this run only. */
    boolean keychainAvailable();

    /**
     * Saves the settings and applies them.
     *
     * @param newPassword the bind password to keep in the keychain; null keeps the one there
     */
    CompletableFuture<Void> save(LookupSettings settings, char[] newPassword);

    /**
     * Connects, signs in and reads the search base with these settings (not yet saved).
     *
     * @param password the password typed in; null uses the one in the keychain
     */
    CompletableFuture<DirectoryTest> test(DirectorySettings directory, char[] password);

    /** How "Test connection" went. */
    record DirectoryTest(Outcome outcome, int entriesWithNumbers) {

        public enum Outcome {
            /** Connected, signed in, the search base is there. */
            OK,
            /** The settings cannot be used as they are ({@link DirectorySettings#problem()}). */
            SETTINGS,
            UNREACHABLE,
            TLS,
            CREDENTIALS,
            TIMEOUT,
            BASE_NOT_FOUND,
            FAILED
        }
    }
}
