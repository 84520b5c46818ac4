package dev.ringside.ami;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.asteriskjava.manager.action.PingAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends {@code Ping} at the settings' interval while logged in, so that an idle link still carries traffic. */
final class Keepalive {

    private static final Logger LOG = LoggerFactory.getLogger(Keepalive.class);

    private final AmiSettings settings;
    private final SessionThreads threads;
    private final Supplier<SessionConnection> current;
    /** Touched on the control thread only. */
    private ScheduledFuture<?> task;

    Keepalive(AmiSettings settings, SessionThreads threads, Supplier<SessionConnection> current) {
        this.settings = settings;
        this.threads = threads;
        this.current = current;
    }

    void start() {
        stop();
        task = threads.repeat(() -> {
            SessionConnection conn = current.get();
            if (conn == null) {
                return;
            }
            try {
                // the answer only matters as traffic: the socket's read timeout notices a dead link
                conn.sendAction(new PingAction(), null);
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Ping not sent: {}", e.toString());
            }
        }, settings.pingInterval().toMillis());
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
