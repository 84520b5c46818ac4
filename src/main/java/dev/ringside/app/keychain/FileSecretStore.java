package dev.ringside.app.keychain;

import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.SecretStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in a plain file only the OS user can read (mode 0600 in a 0700 folder; the user's own
 * profile on Windows), for computers without a working keychain. Anyone with the user's login, or
 * root, can read it: the README and the provisioning command say so.
 */
public final class FileSecretStore implements SecretStore {

    public static final String FILE_NAME = "secrets.properties";
    private static final Logger log = LoggerFactory.getLogger(FileSecretStore.class);

    private final Path file;

    public FileSecretStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public synchronized Optional<char[]> read(String account) {
        String secret = load().getProperty(account);
        return secret == null || secret.isEmpty() ? Optional.empty() : Optional.of(secret.toCharArray());
    }

    @Override
    public synchronized void write(String account, char[] secret) {
        Properties p = load();
        p.setProperty(account, new String(secret));
        store(p);
    }

    @Override
    public synchronized void delete(String account) {
        Properties p = load();
        if (p.remove(account) != null) {
            store(p);
        }
    }

    @Override
    public Optional<Path> plainFile(String account) {
        return read(account).map(s -> {
            java.util.Arrays.fill(s, '\0');
            return file;
        });
    }

    private Properties load() {
        Properties p = new Properties();
        try {
            PrivateFiles.restrict(file);
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            // no secret kept yet
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Secrets file {} cannot be read: {}", file, e.getMessage());
        }
        return p;
    }

    private void store(Properties p) {
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Ringside AMI secrets of this OS user (no keychain on this computer). Mode 0600.");
            PrivateFiles.write(file, text.toString());
        } catch (IOException e) {
            log.warn("Secrets file {} cannot be written: {}", file, e.getMessage());
        }
    }
}
