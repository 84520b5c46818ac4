package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes one operator's calls to the history on a single background thread, in the order it is told.
 * Register it with the call tracker: {@link #callChanged} only queues the snapshot and returns, so it
 * never blocks the tracker or the UI. Notes and accepts from the UI go through the same queue, so they
 * land after the snapshot of the call they belong to. {@link #close()} writes what is queued, then stops.
 */
public final class HistoryWriter implements CallListener, AutoCloseable {

    /** Told, on the writer's thread, what happened to each write. */
    public interface Observer {
        /** A snapshot was written (or ignored as older than the stored one: {@code stored} false). */
        default void saved(Call call, boolean stored) {
        }

        /** A write failed; the writer goes on with the next one. */
        default void failed(HistoryException error) {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final CallHistory history;
    private final long operatorId;
    private final Observer observer;
    private final ExecutorService thread;

    public HistoryWriter(CallHistory history, long operatorId) {
        this(history, operatorId, new Observer() {
        });
    }

    public HistoryWriter(CallHistory history, long operatorId, Observer observer) {
        this.history = Objects.requireNonNull(history, "history");
        this.operatorId = operatorId;
        this.observer = Objects.requireNonNull(observer, "observer");
        // unbounded queue: a slow disk delays the history, it never blocks or drops a call
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ringside-history-writer");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void callChanged(Call previous, Call current) {
        submit("save call " + current.linkedId(), () -> {
            boolean stored = history.save(operatorId, current);
            try {
                observer.saved(current, stored);
            } catch (RuntimeException observerError) {
                log.warn("History observer failed", observerError);
            }
            return stored;
        });
    }

    /** Queues a notes change. The future completes with false when the call is not stored. */
    public CompletableFuture<Boolean> updateNotes(String linkedId, String notes) {
        return submit("save notes of " + linkedId, () -> history.updateNotes(operatorId, linkedId, notes));
    }

    /** Queues the operator's Accept click. The future completes with false when the call is not stored. */
    public CompletableFuture<Boolean> markAccepted(String linkedId, Instant acceptedAt) {
        return submit("record accept of " + linkedId, () -> history.markAccepted(operatorId, linkedId, acceptedAt));
    }

    /**
     * Queues a note of whom the other party was when the call rang ({@link CallHistory#noteCallerContact}),
     * after the call's own snapshots queued before it. Completes with false when the call is not stored.
     */
    public CompletableFuture<Boolean> noteCallerContact(String linkedId, Long contactId, String name, String company) {
        return submit("note the contact of " + linkedId,
                () -> history.noteCallerContact(operatorId, linkedId, contactId, name, company));
    }

    /**
     * Queues the end of calls the store shows live but the PBX no longer has, after the PBX said
     * which calls are live ({@link CallHistory#endAbandonedLiveCalls}). Completes with how many ended.
     */
    public CompletableFuture<Integer> endAbandonedLiveCalls(java.util.Collection<String> stillLive) {
        java.util.List<String> live = java.util.List.copyOf(stillLive);
        return submit("end calls left live", () -> history.endAbandonedLiveCalls(operatorId, live));
    }

    /** Queues a note that these calls were still live at {@code at} ({@link CallHistory#touchLive}). */
    public CompletableFuture<Void> touchLive(java.util.Collection<String> linkedIds, Instant at) {
        java.util.List<String> ids = java.util.List.copyOf(linkedIds);
        return submit("note live calls", () -> {
            history.touchLive(operatorId, ids, at);
            return null;
        });
    }

    /** Completes once everything queued before it has been written. */
    public CompletableFuture<Void> flush() {
        return submit("flush", () -> null);
    }

    /** Writes what is queued (waiting up to 10 s), then stops. Later calls are ignored with a warning. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("History writer did not finish within {}; {} writes dropped", CLOSE_TIMEOUT,
                        thread.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }

    private <T> CompletableFuture<T> submit(String what, Supplier<T> write) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    result.complete(write.get());
                } catch (HistoryException e) {
                    log.warn("History: could not {}: {}", what, e.getMessage());
                    notifyFailed(e);
                    result.completeExceptionally(e);
                } catch (RuntimeException e) {
                    // e.g. an IllegalArgumentException from over-long notes
                    log.error("History: could not {}", what, e);
                    HistoryException wrapped = new HistoryException(HistoryException.Kind.FAILED,
                            "Ringside could not write its call history.", e);
                    notifyFailed(wrapped);
                    result.completeExceptionally(wrapped);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("History writer is closed; dropped: {}", what);
            result.completeExceptionally(new HistoryException(HistoryException.Kind.FAILED,
                    "The call history writer is closed.", e));
        }
        return result;
    }

    private void notifyFailed(HistoryException e) {
        try {
            observer.failed(e);
        } catch (RuntimeException observerError) {
            log.warn("History observer failed", observerError);
        }
    }
}
