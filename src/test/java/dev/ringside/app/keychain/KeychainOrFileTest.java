package dev.ringside.app.keychain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeychainOrFileTest {

    private static final String ACCOUNT = "op777@pbx.example:5038";

    @TempDir
    Path config;

    /** A keychain that keeps what it is given, or (like secret-tool without a Secret Service) silently nothing. */
    private static final class FakeKeychain implements SecretStore {
        final Map<String, char[]> kept = new HashMap<>();
        final boolean works;

        FakeKeychain(boolean works) {
            this.works = works;
        }

        @Override public boolean isAvailable() { return true; }
        @Override public Optional<char[]> read(String account) { return Optional.ofNullable(kept.get(account)).map(char[]::clone); }
        @Override public void write(String account, char[] secret) { if (works) { kept.put(account, secret.clone()); } }
        @Override public void delete(String account) { kept.remove(account); }
    }

    @Test
    void withoutAKeychainTheSecretGoesToAFileOnlyTheUserCanRead() throws Exception {
        FileSecretStore file = new FileSecretStore(config);
        SecretStore store = new KeychainOrFile(SecretStore.NONE, file);
        store.write(ACCOUNT, "s3cret=#!".toCharArray());

        assertArrayEquals("s3cret=#!".toCharArray(), new KeychainOrFile(SecretStore.NONE, new FileSecretStore(config))
                .read(ACCOUNT).orElseThrow());
        assertEquals(Optional.of(file.file()), store.plainFile(ACCOUNT));
        String mode = PrivateFiles.mode(file.file());
        if (mode != null) {
            assertEquals("rw-------", mode);
        }
        store.delete(ACCOUNT);
        assertTrue(store.read(ACCOUNT).isEmpty());
        assertFalse(Files.readString(file.file()).contains("s3cret"));
    }

    @Test
    void aWorkingKeychainKeepsItAndNoFileDoes() {
        FakeKeychain keychain = new FakeKeychain(true);
        FileSecretStore file = new FileSecretStore(config);
        file.write(ACCOUNT, "old-plain".toCharArray());
        SecretStore store = new KeychainOrFile(keychain, file);

        store.write(ACCOUNT, "s3cret".toCharArray());

        assertArrayEquals("s3cret".toCharArray(), keychain.kept.get(ACCOUNT));
        assertTrue(file.read(ACCOUNT).isEmpty(), "the plain copy is gone once the keychain holds it");
        assertTrue(store.plainFile(ACCOUNT).isEmpty());
        assertArrayEquals("s3cret".toCharArray(), store.read(ACCOUNT).orElseThrow());
    }

    @Test
    void aKeychainThatSilentlyKeepsNothingFallsBackToTheFile() {
        FakeKeychain keychain = new FakeKeychain(false);
        FileSecretStore file = new FileSecretStore(config);
        SecretStore store = new KeychainOrFile(keychain, file);

        store.write(ACCOUNT, "s3cret".toCharArray());

        assertArrayEquals("s3cret".toCharArray(), store.read(ACCOUNT).orElseThrow());
        assertEquals(Optional.of(file.file()), store.plainFile(ACCOUNT));
    }
}
