package dev.ringside.ami;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's two threads: the event thread, on which the listener hears everything in wire
 * order, and the control thread, which logs in, reconnects and keeps time. Neither ever runs on
 * asterisk-java's reader or event pump.
 *
 * <p>The event queue holds at most {@link #MAX_QUEUED} tasks. When a flood fills it, the reader
 * waits for room instead of dropping anything or growing without bound: the socket then backs up
 * to the PBX, which is the PBX's own signal that this client reads too slowly.
 */
final class SessionThreads {

    private static final Logger LOG = LoggerFactory.getLogger(SessionThreads.class);
    static final int MAX_QUEUED = 50_000;

    private final LinkedBlockingQueue<Runnable> eventQueue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final ThreadPoolExecutor events;
    private final ScheduledThreadPoolExecutor control;
    private volatile Thread eventThread;

    SessionThreads() {
        this.events = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, eventQueue, r -> {
            Thread t = new Thread(r, "ringside-ami-events");
            t.setDaemon(true);
            eventThread = t;
            return t;
        }, this::whenFull);
        this.control = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ringside-ami-control");
            t.setDaemon(true);
            return t;
        });
        this.control.setRemoveOnCancelPolicy(true);
    }

    /** The queue is full: wait for room (the event thread itself runs the task now, it cannot wait on itself). */
    private void whenFull(Runnable task, ThreadPoolExecutor executor) {
        if (executor.isShutdown()) {
            throw new RejectedExecutionException("closed");
        }
        if (isEventThread()) {
            task.run();
            return;
        }
        try {
            while (!eventQueue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (executor.isShutdown()) {
                    throw new RejectedExecutionException("closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted", e);
        }
    }

    /** Runs {@code task} on the event thread, after everything queued before it; inline once closed. */
    void onEventThread(Runnable task) {
        try {
            events.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /** Queues an event for the listener; false once the session is closed (nobody listens any more). */
    boolean offerEvent(Runnable delivery) {
        try {
            events.execute(delivery);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Runs {@code task} on the control thread; false once the session is closed. */
    boolean onControl(Runnable task) {
        try {
            control.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Schedules {@code task} on the control thread; null once the session is closed. */
    ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return control.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Repeats {@code task} on the control thread; null once the session is closed. */
    ScheduledFuture<?> repeat(Runnable task, long periodMillis) {
        try {
            return control.scheduleWithFixedDelay(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    ExecutorService control() {
        return control;
    }

    boolean isEventThread() {
        return Thread.currentThread() == eventThread;
    }

    /** Calls the listener, so that a listener's failure never costs the session. */
    static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("AMI session listener failed", e);
        }
    }

    void stopControl(long joinMillis) {
        control.shutdownNow();
        awaitQuietly(control, joinMillis);
    }

    void stopEvents(long joinMillis) {
        events.shutdown();
        if (!isEventThread()) {
            awaitQuietly(events, joinMillis);
        }
    }

    private static void awaitQuietly(ExecutorService executor, long millis) {
        try {
            if (!executor.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
