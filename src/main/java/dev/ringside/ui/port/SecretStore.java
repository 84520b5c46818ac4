package dev.ringside.ui.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the AMI secret is kept: the OS keychain, or (the desktop app, where no keychain works) a
 * file only the OS user can read. {@link #NONE} keeps nothing.
 */
public interface SecretStore {

    boolean isAvailable();

    /** @param account e.g. "ringside@pbx.example:5038" */
    Optional<char[]> read(String account);

    void write(String account, char[] secret);

    void delete(String account);

    /**
     * The plain file that holds this account's secret because no keychain works here, so the UI
     * can say where it is; empty when the secret is in the keychain or not kept.
     */
    default Optional<Path> plainFile(String account) {
        return Optional.empty();
    }

    /**
     * The file secrets go to because this computer has no keychain (only its user can read it), or
     * empty when they go to the OS keychain.
     */
    default Optional<Path> fallbackFile() {
        return Optional.empty();
    }

    /** For machines without a keychain. */
    SecretStore NONE = new SecretStore() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public Optional<char[]> read(String account) {
            return Optional.empty();
        }

        @Override
        public void write(String account, char[] secret) {
        }

        @Override
        public void delete(String account) {
        }
    };
}
