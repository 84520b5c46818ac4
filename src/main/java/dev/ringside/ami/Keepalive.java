package dev.ringside.ami;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.asteriskjava.manager.action.PingAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code Ping} at the settings' interval while logged in, and checks that each one is
 * answered: a PBX that keeps the socket open (even sending events) but answers no Ping within
 * {@link #pingTimeoutMillis} (read timeout less ping interval: 20 s by default) is taken for dead.
 */
final class Keepalive {

    private static final Logger LOG = LoggerFactory.getLogger(Keepalive.class);

    private final AmiSettings settings;
    private final SessionThreads threads;
    private final BiConsumer<SessionConnection, String> onDead;
    /** Touched on the control thread only. */
    private ScheduledFuture<?> task;

    Keepalive(AmiSettings settings, SessionThreads threads, BiConsumer<SessionConnection, String> onDead) {
        this.settings = settings;
        this.threads = threads;
        this.onDead = onDead;
    }

    long pingTimeoutMillis() {
        return settings.readTimeout().toMillis() - settings.pingInterval().toMillis();
    }

    /** Pings {@code conn} from now on; replaces any earlier one. */
    void start(SessionConnection conn) {
        stop();
        AtomicLong sent = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        task = threads.repeat(() -> ping(conn, sent, answered), settings.pingInterval().toMillis());
    }

    private void ping(SessionConnection conn, AtomicLong sent, AtomicLong answered) {
        if (sent.get() != answered.get()) {
            return; // the last one is still out; its own check decides
        }
        long n = sent.incrementAndGet();
        try {
            conn.sendAction(new PingAction(), response -> {
                if (response != null) {
                    answered.accumulateAndGet(n, Math::max);
                }
            });
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Ping not sent: {}", e.toString());
            answered.accumulateAndGet(n, Math::max); // the link is going anyway; its loss is reported elsewhere
            return;
        }
        long timeout = pingTimeoutMillis();
        threads.schedule(() -> {
            if (answered.get() < n) {
                String reason = "The PBX does not answer (no reply to Ping within " + timeout / 1000.0 + " s)";
                LOG.warn("No answer to Ping from {} within {} ms: taking the link for dead", settings.address(),
                        timeout);
                onDead.accept(conn, reason);
            }
        }, timeout);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
