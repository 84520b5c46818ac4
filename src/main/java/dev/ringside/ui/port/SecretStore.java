package dev.ringside.ui.port;

import java.util.Optional;

/**
 * The OS keychain. Where none is available the secret is simply not stored, and the login screen
 * says so.
 */
public interface SecretStore {

    boolean isAvailable();

    /** @param account e.g. "ringside@pbx.example:5038" */
    Optional<char[]> read(String account);

    void write(String account, char[] secret);

    void delete(String account);

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
