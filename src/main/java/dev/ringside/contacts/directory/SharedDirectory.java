package dev.ringside.contacts.directory;

import dev.ringside.contacts.AsyncLookup;
import dev.ringside.contacts.CallerMatch;
import dev.ringside.phone.PhoneNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared directory as the popup uses it: {@link #lookup} returns at once and the answer comes
 * later. One thread asks the directory, a few questions may wait (more are answered "unknown"
 * rather than queued without bound), the same number ringing twice is asked once, answers are
 * cached, and after a failure the directory is left alone for a while instead of making every ring
 * wait for a connect timeout.
 */
public final class SharedDirectory implements AsyncLookup, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedDirectory.class);
    static final int WAITING = 16;
    static final int CACHE_ENTRIES = 2_000;
    static final Duration FOUND_FOR = Duration.ofMinutes(30);
    static final Duration NOBODY_FOR = Duration.ofMinutes(2);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);

    private final LdapDirectory directory;
    private final PhoneNumbers phone;
    private final Clock clock;
    private final LookupCache cache;
    private final ThreadPoolExecutor worker;
    private final Map<String, CompletableFuture<Optional<CallerMatch>>> asking = new HashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile DirectoryException lastFailure;

    public SharedDirectory(LdapDirectory directory, PhoneNumbers phone) {
        this(directory, phone, Clock.systemUTC());
    }

    SharedDirectory(LdapDirectory directory, PhoneNumbers phone, Clock clock) {
        this.directory = directory;
        this.phone = phone;
        this.clock = clock;
        this.cache = new LookupCache(CACHE_ENTRIES, FOUND_FOR, NOBODY_FOR, clock);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
            Thread t = new Thread(r, "ringside-directory");
            t.setDaemon(true);
            return t;
        });
    }

    /** The directory's answer, later; "nobody" when it has none, fails, is paused or too busy. Never blocks. */
    @Override
    public CompletableFuture<Optional<CallerMatch>> lookup(String number) {
        String key = phone.canonical(number);
        if (key == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Optional<Optional<CallerMatch>> cached = cache.get(key);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        if (clock.instant().isBefore(pausedUntil)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        synchronized (asking) {
            CompletableFuture<Optional<CallerMatch>> pending = asking.get(key);
            if (pending != null) {
                return pending;
            }
            CompletableFuture<Optional<CallerMatch>> answer = new CompletableFuture<>();
            try {
                worker.execute(() -> ask(key, answer));
            } catch (RejectedExecutionException e) {
                log.warn("The directory is busy: {} questions are waiting; this one is answered 'unknown'", WAITING);
                return CompletableFuture.completedFuture(Optional.empty());
            }
            asking.put(key, answer);
            return answer;
        }
    }

    private void ask(String key, CompletableFuture<Optional<CallerMatch>> answer) {
        Optional<CallerMatch> match = Optional.empty();
        try {
            if (clock.instant().isBefore(pausedUntil)) {
                return;
            }
            match = directory.lookup(key);
            cache.put(key, match);
            lastFailure = null;
        } catch (DirectoryException e) {
            lastFailure = e;
            pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
            log.warn("Directory look-up failed ({}); not asking again for {} s: {}", e.kind(),
                    PAUSE_AFTER_FAILURE.toSeconds(), e.getMessage());
            log.debug("Directory failure", e);
        } catch (RuntimeException e) {
            log.warn("Directory look-up failed", e);
        } finally {
            synchronized (asking) {
                asking.remove(key, answer);
            }
            answer.complete(match);
        }
    }

    /** Why the last question failed, or null when it was answered. */
    public DirectoryException lastFailure() {
        return lastFailure;
    }

    int cached() {
        return cache.size();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        directory.close();
    }
}
