package dev.ringside.ui.fake;

import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.ui.port.LookupSettings;
import dev.ringside.ui.port.LookupSetup;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Directory and CRM settings in memory; the connection test answers what the test says. */
public final class FakeLookupSetup implements LookupSetup {

    public volatile LookupSettings current = LookupSettings.NONE;
    public volatile boolean keychain = true;
    public volatile boolean passwordKept;
    public volatile DirectoryTest testAnswer = new DirectoryTest(DirectoryTest.Outcome.OK, 3);
    public final List<DirectorySettings> tested = new CopyOnWriteArrayList<>();
    public final List<String> testedPasswords = new CopyOnWriteArrayList<>();
    public final List<String> savedPasswords = new CopyOnWriteArrayList<>();

    @Override
    public LookupSettings current() {
        return current;
    }

    @Override
    public CompletableFuture<Boolean> hasPassword(DirectorySettings directory) {
        return CompletableFuture.completedFuture(passwordKept);
    }

    @Override
    public boolean keychainAvailable() {
        return keychain;
    }

    @Override
    public CompletableFuture<Void> save(LookupSettings settings, char[] newPassword) {
        current = settings;
        savedPasswords.add(newPassword == null ? "" : new String(newPassword));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<DirectoryTest> test(DirectorySettings directory, char[] password) {
        tested.add(directory);
        testedPasswords.add(password == null ? "" : new String(password));
        return CompletableFuture.completedFuture(testAnswer);
    }
}
