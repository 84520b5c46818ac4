package dev.ringside.contacts;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is calling: the local contacts first, then the shared directory. {@link #identify} never
 * blocks its caller (the popup shows the caller ID at once and fills the contact in when it
 * arrives); its answer comes within the patience given, "unknown" when nothing answered by then.
 */
public final class CallerIdentifier implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallerIdentifier.class);
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(4);

    private final ContactLookup local;
    private final AsyncLookup directory;
    private final Duration patience;
    private final ThreadPoolExecutor reads;

    public CallerIdentifier(ContactLookup local, AsyncLookup directory, Duration patience) {
        this.local = local;
        this.directory = directory == null ? AsyncLookup.NONE : directory;
        this.patience = patience;
        this.reads = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "ringside-contacts");
            t.setDaemon(true);
            return t;
        });
    }

    public CompletableFuture<Optional<CallerMatch>> identify(String number) {
        if (number == null || number.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<CallerMatch>> fromContacts;
        try {
            fromContacts = CompletableFuture.supplyAsync(() -> local.byNumber(number), reads);
        } catch (RejectedExecutionException e) {
            fromContacts = CompletableFuture.completedFuture(Optional.empty());
        }
        return fromContacts
                .exceptionally(e -> {
                    log.warn("Contact look-up failed: {}", e.getMessage());
                    return Optional.empty();
                })
                .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(found)
                        : directory.lookup(number).exceptionally(e -> Optional.empty()))
                .completeOnTimeout(Optional.empty(), patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        reads.shutdownNow();
    }
}
