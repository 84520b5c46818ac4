package dev.ringside.app.keychain;

import dev.ringside.ui.port.SecretStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS keychain where one works, a private file otherwise. A keychain tool may be installed
 * without a running keychain (secret-tool without a Secret Service, a locked session), so every
 * write is read back; when that fails the secret goes to the file and the log says where.
 */
public final class KeychainOrFile implements SecretStore {

    private static final Logger log = LoggerFactory.getLogger(KeychainOrFile.class);

    private final SecretStore keychain;
    private final FileSecretStore file;

    public KeychainOrFile(SecretStore keychain, FileSecretStore file) {
        this.keychain = keychain;
        this.file = file;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Optional<char[]> read(String account) {
        if (keychain.isAvailable()) {
            Optional<char[]> secret = keychain.read(account);
            if (secret.isPresent()) {
                return secret;
            }
        }
        return file.read(account);
    }

    @Override
    public void write(String account, char[] secret) {
        if (keychain.isAvailable()) {
            keychain.write(account, secret);
            Optional<char[]> back = keychain.read(account);
            boolean kept = back.map(b -> Arrays.equals(b, secret)).orElse(false);
            back.ifPresent(b -> Arrays.fill(b, '\0'));
            if (kept) {
                file.delete(account);
                return;
            }
            log.warn("The OS keychain did not keep the AMI secret; it is kept in {} (mode 0600) instead", file.file());
        } else {
            log.info("No keychain on this computer: the AMI secret is kept in {} (mode 0600)", file.file());
        }
        file.write(account, secret);
    }

    @Override
    public void delete(String account) {
        if (keychain.isAvailable()) {
            keychain.delete(account);
        }
        file.delete(account);
    }

    @Override
    public Optional<Path> fallbackFile() {
        return keychain.isAvailable() ? Optional.empty() : Optional.of(file.file());
    }

    @Override
    public Optional<Path> plainFile(String account) {
        return file.plainFile(account);
    }
}
