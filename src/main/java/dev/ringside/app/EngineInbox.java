package dev.ringside.app;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Hands the session's events to the engine thread with a bound on how many may wait there.
 *
 * <p>When the tracker falls behind, the session's event thread waits here instead of piling events
 * up without limit; the session's own bounded queue then fills, the reader stops reading, and the
 * PBX sees a slow client, which is its signal (writetimeout) to drop the link. The engine then
 * reconnects and reconciles from the channel list. No event is dropped on our side and memory stays
 * bounded whatever a PBX sends.
 */
final class EngineInbox {

    static final int DEFAULT_CAPACITY = 50_000;
    private static final long WAIT_STEP_MILLIS = 100;

    private final Executor engine;
    private final Semaphore room;
    private final BooleanSupplier closed;

    EngineInbox(Executor engine, int capacity, BooleanSupplier closed) {
        this.engine = engine;
        this.room = new Semaphore(capacity);
        this.closed = closed;
    }

    /** Queues {@code work}, waiting while the inbox is full; false once the engine is closed. */
    boolean submit(Runnable work) {
        try {
            while (!room.tryAcquire(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed.getAsBoolean()) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return hand(work);
    }

    /** Queues {@code work} if there is room within {@code wait}; false when full or closed. */
    boolean offer(Runnable work, Duration wait) {
        try {
            if (!room.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return hand(work);
    }

    /** How many more tasks fit before {@link #submit} waits. */
    int room() {
        return room.availablePermits();
    }

    private boolean hand(Runnable work) {
        try {
            engine.execute(() -> {
                try {
                    work.run();
                } finally {
                    room.release();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            room.release();
            return false;
        }
    }
}
