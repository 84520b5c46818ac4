package dev.ringside.app;

import dev.ringside.contacts.directory.DirectoryException;
import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.contacts.directory.LdapDirectory;
import dev.ringside.phone.PhoneNumbers;
import dev.ringside.ui.port.LookupSettings;
import dev.ringside.ui.port.LookupSetup;
import dev.ringside.ui.port.LookupSetup.DirectoryTest.Outcome;
import dev.ringside.ui.port.SecretStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory and CRM settings of the running app: kept in {@link LookupSettingsFile}, the bind
 * password in the keychain (or, where there is none, in memory for this run), applied at once.
 * The keychain and the directory are only ever asked on the given executor.
 */
final class EngineLookupSetup implements LookupSetup {

    private static final Logger log = LoggerFactory.getLogger(EngineLookupSetup.class);

    private final LookupSettingsFile file;
    private final SecretStore secrets;
    private final Executor executor;
    private final Supplier<PhoneNumbers> phone;
    private final Consumer<LookupSettings> apply;
    private final Map<String, char[]> kept = new ConcurrentHashMap<>();
    private volatile LookupSettings current;

    /** @param apply told of saved settings, on the executor */
    EngineLookupSetup(LookupSettingsFile file, SecretStore secrets, Executor executor, Supplier<PhoneNumbers> phone,
                      Consumer<LookupSettings> apply) {
        this.file = file;
        this.secrets = secrets;
        this.executor = executor;
        this.phone = phone;
        this.apply = apply;
        this.current = file.load();
    }

    @Override
    public LookupSettings current() {
        return current;
    }

    @Override
    public boolean keychainAvailable() {
        return secrets.isAvailable();
    }

    @Override
    public CompletableFuture<Boolean> hasPassword(DirectorySettings directory) {
        return CompletableFuture.supplyAsync(() -> password(directory) != null, executor);
    }

    /** The bind password of these settings, or null; a fresh copy the caller may wipe. */
    char[] password(DirectorySettings directory) {
        char[] mine = kept.get(directory.secretAccount());
        if (mine != null) {
            return mine.clone();
        }
        if (directory.anonymous() || !secrets.isAvailable()) {
            return null;
        }
        try {
            return secrets.read(directory.secretAccount()).orElse(null);
        } catch (RuntimeException e) {
            log.warn("The keychain could not be read: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public CompletableFuture<Void> save(LookupSettings settings, char[] newPassword) {
        char[] typed = newPassword == null ? null : newPassword.clone();
        return CompletableFuture.runAsync(() -> {
            try {
                LookupSettings before = current;
                keepPassword(before.directory(), settings.directory(), typed);
                file.save(settings);
                current = settings;
                apply.accept(settings);
                log.info("Directory and CRM settings saved");
            } catch (IOException e) {
                throw new UncheckedIOException("The settings could not be written: " + e.getMessage(), e);
            } finally {
                if (typed != null) {
                    Arrays.fill(typed, '\0');
                }
            }
        }, executor);
    }

    /** A typed password goes to the keychain; without one, a password kept for old settings follows the new ones. */
    private void keepPassword(DirectorySettings before, DirectorySettings after, char[] typed) {
        String account = after.secretAccount();
        if (after.anonymous() || after.isEmpty()) {
            return;
        }
        char[] password = typed != null && typed.length > 0 ? typed
                : before.secretAccount().equals(account) ? null : password(before);
        if (password == null) {
            return;
        }
        if (secrets.isAvailable()) {
            try {
                secrets.write(account, password);
                kept.remove(account);
                return;
            } catch (RuntimeException e) {
                log.warn("The keychain could not keep the directory password; kept for this run only: {}",
                        e.getMessage());
            }
        }
        kept.put(account, password.clone());
    }

    @Override
    public CompletableFuture<DirectoryTest> test(DirectorySettings directory, char[] password) {
        char[] typed = password == null || password.length == 0 ? null : password.clone();
        return CompletableFuture.supplyAsync(() -> {
            if (directory.problem() != null) {
                return new DirectoryTest(Outcome.SETTINGS, 0);
            }
            Supplier<char[]> secret = () -> typed != null ? typed.clone() : password(directory);
            try (LdapDirectory d = new LdapDirectory(directory, secret, phone.get())) {
                return new DirectoryTest(Outcome.OK, d.check());
            } catch (DirectoryException e) {
                log.info("Directory test failed ({}): {}", e.kind(), e.getMessage());
                return new DirectoryTest(outcome(e.kind()), 0);
            } finally {
                if (typed != null) {
                    Arrays.fill(typed, '\0');
                }
            }
        }, executor);
    }

    private static Outcome outcome(DirectoryException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> Outcome.UNREACHABLE;
            case TLS -> Outcome.TLS;
            case CREDENTIALS -> Outcome.CREDENTIALS;
            case TIMEOUT -> Outcome.TIMEOUT;
            case SETTINGS -> Outcome.SETTINGS;
            case BASE_NOT_FOUND -> Outcome.BASE_NOT_FOUND;
            case FAILED -> Outcome.FAILED;
        };
    }
}
