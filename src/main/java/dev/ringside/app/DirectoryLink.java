package dev.ringside.app;

import dev.ringside.contacts.AsyncLookup;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.contacts.directory.LdapDirectory;
import dev.ringside.contacts.directory.SharedDirectory;
import dev.ringside.phone.PhoneNumbers;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared directory the running app asks, swapped whole when the operator changes its settings:
 * look-ups already asked finish on the old one, the next ring asks the new one. Settings that
 * cannot be used (or none) mean no directory.
 */
final class DirectoryLink implements AsyncLookup, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLink.class);

    private final Function<DirectorySettings, Supplier<char[]>> passwords;
    private volatile PhoneNumbers phone;
    private volatile DirectorySettings settings;
    private volatile SharedDirectory current;

    /** @param passwords the bind password of given settings, read at each (re)connect */
    DirectoryLink(DirectorySettings settings, Function<DirectorySettings, Supplier<char[]>> passwords,
                  PhoneNumbers phone) {
        this.passwords = passwords;
        this.phone = phone;
        use(settings);
    }

    @Override
    public CompletableFuture<Optional<CallerMatch>> lookup(String number) {
        SharedDirectory d = current;
        return d == null ? CompletableFuture.completedFuture(Optional.empty()) : d.lookup(number);
    }

    /** Uses these settings from now on (a fresh connection and an empty cache). */
    synchronized void use(DirectorySettings newSettings) {
        settings = newSettings;
        SharedDirectory old = current;
        current = null;
        if (!newSettings.isEmpty()) {
            DirectorySettings.Problem problem = newSettings.problem();
            if (problem == null) {
                current = new SharedDirectory(new LdapDirectory(newSettings, passwords.apply(newSettings), phone), phone);
                log.info("Shared directory: {}", newSettings.url());
            } else {
                log.warn("Shared directory not used: {}", problem.english());
            }
        }
        if (old != null) {
            old.close();
        }
    }

    /** Numbers are read in a new home country from now on. */
    synchronized void usePhoneNumbers(PhoneNumbers newPhone) {
        phone = newPhone;
        use(settings);
    }

    @Override
    public synchronized void close() {
        SharedDirectory d = current;
        current = null;
        if (d != null) {
            d.close();
        }
    }
}
