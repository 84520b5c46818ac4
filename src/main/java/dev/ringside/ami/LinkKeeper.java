package dev.ringside.ami;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.asteriskjava.manager.action.LogoffAction;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link's life: log in, put the filters in force, report the state, take a channel snapshot,
 * keep alive; when the link drops, wait per {@link ReconnectBackoff} and do it all again with a
 * fresh connection. A changed secret ends in {@link ConnectionState.Failed}. Runs on the control
 * thread; the listener hears of it on the event thread.
 */
final class LinkKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(LinkKeeper.class);
    private static final long LOGOFF_WAIT_MILLIS = 1000;
    private static final long THREAD_JOIN_MILLIS = 2000;

    private final AmiSettings settings;
    private final AmiSession.Listener listener;
    private final SessionThreads threads;
    private final ReconnectBackoff backoff;
    private final AtomicBoolean closed;
    private final LoginAttempt login;
    private final SessionFilters filters;
    private final ChannelSnapshots snapshots;
    private final Keepalive keepalive;
    private final InputTrouble trouble;
    private final Set<SessionConnection> retired = ConcurrentHashMap.newKeySet();

    private volatile ConnectionState state = new ConnectionState.Disconnected();
    private volatile FilterMode filterMode = FilterMode.CLIENT;
    /** The logged-in connection; written on the control thread only. */
    private volatile SessionConnection current;
    private ScheduledFuture<?> pendingReconnect;
    private ScheduledFuture<?> troubleReport;

    LinkKeeper(AmiSettings settings, OperatorEventFilter filter, AmiSession.Listener listener, SessionThreads threads,
               ReconnectBackoff backoff, AtomicBoolean closed, FrameRouter.EventSink events, InputTrouble trouble) {
        this.settings = settings;
        this.listener = listener;
        this.threads = threads;
        this.backoff = backoff;
        this.closed = closed;
        this.trouble = trouble;
        this.login = new LoginAttempt(settings, this::onLinkLost, events, trouble, this::retire);
        this.filters = new SessionFilters(settings, filter);
        this.snapshots = new ChannelSnapshots(settings, threads, trouble, this::onLinkDead);
        this.keepalive = new Keepalive(settings, threads, this::onLinkDead);
    }

    ConnectionState state() {
        return state;
    }

    FilterMode filterMode() {
        return filterMode;
    }

    SessionConnection current() {
        return current;
    }

    ChannelSnapshots snapshots() {
        return snapshots;
    }

    void publish(ConnectionState newState) {
        state = newState;
        threads.onEventThread(() -> SessionThreads.safely(() -> listener.onStateChanged(newState)));
    }

    // ---- logging in (control thread) -------------------------------------------------------------

    /** Logs in (a first login, or a reconnect after the link dropped). */
    ConnectionState.Connected establish(boolean reconnecting) throws AmiException {
        if (troubleReport == null) {
            troubleReport = threads.repeat(trouble::flush, InputTrouble.SUMMARY_EVERY_NANOS / 1_000_000);
        }
        SessionConnection conn = login.connect(reconnecting);
        current = conn;
        FilterMode mode;
        try {
            mode = filters.apply(conn);
        } catch (AmiException e) {
            current = null;
            retire(conn);
            throw e;
        }
        filterMode = mode;
        ConnectionState.Connected connected = new ConnectionState.Connected(conn.asteriskVersion(),
                mode.serverFiltered());
        publish(connected);
        snapshots.request(conn,
                (list, takenAt) -> SessionThreads.safely(() -> listener.onChannelsSnapshot(list, takenAt)),
                error -> LOG.warn("No channel snapshot after login, calls that ended while offline stay open "
                        + "until their next event: {}", error.message()));
        keepalive.start(conn);
        return connected;
    }

    // ---- losing the link and coming back (control thread) ----------------------------------------

    /** Called on asterisk-java's event pump thread: hand over and return at once. */
    private void onLinkLost(SessionConnection conn, String reason) {
        if (!threads.onControl(() -> handleLinkLost(conn, reason))) {
            LOG.debug("Link lost after close: {}", reason);
        }
    }

    /** The link is up but useless (no Pong, a list that never ends): drop it and reconnect. */
    private void onLinkDead(SessionConnection conn, String reason) {
        threads.onControl(() -> handleLinkLost(conn, reason));
    }

    private void handleLinkLost(SessionConnection conn, String reason) {
        if (closed.get() || conn != current) {
            return;
        }
        current = null;
        keepalive.stop();
        LOG.warn("AMI link to {} lost: {}", settings.address(), reason);
        trouble.flush();
        retire(conn);
        scheduleReconnect(1, reason, false);
    }

    private void scheduleReconnect(int attempt, String reason, boolean refused) {
        if (closed.get()) {
            return;
        }
        Duration delay = refused ? backoff.delayAfterRefusal(attempt) : backoff.delay(attempt);
        Instant next = Instant.now().plus(delay);
        publish(new ConnectionState.Reconnecting(next, attempt, reason));
        if (worthLogging(attempt)) {
            LOG.info("Reconnect attempt {} to {} in {} ms", attempt, settings.address(), delay.toMillis());
        }
        pendingReconnect = threads.schedule(() -> reconnect(attempt), delay.toMillis());
    }

    private void reconnect(int attempt) {
        if (closed.get()) {
            return;
        }
        try {
            establish(true);
            LOG.info("Reconnected to {} on attempt {}", settings.address(), attempt);
        } catch (AmiException e) {
            if (closed.get()) {
                return;
            }
            if (e.error().kind() == AmiError.Kind.WRONG_CREDENTIALS) {
                LOG.error("Giving up on {}: the AMI login is refused now ({})", settings.address(), e.getMessage());
                publish(new ConnectionState.Failed(e.error()));
                return;
            }
            boolean refused = login.reachedPbx();
            if (worthLogging(attempt)) {
                LOG.info("Reconnect attempt {} to {} failed{}: {}", attempt, settings.address(),
                        refused ? " (the PBX took the connection)" : "", e.getMessage());
            }
            scheduleReconnect(attempt + 1, e.getMessage(), refused);
        }
    }

    /** A long outage retries every few seconds: the log hears of the first tries and then about once a minute. */
    private static boolean worthLogging(int attempt) {
        return attempt <= 3 || attempt % 30 == 0;
    }

    /** Drops a connection we are done with, and soon after makes sure its threads have ended. */
    void retire(SessionConnection conn) {
        if (conn == null) {
            return;
        }
        conn.abort();
        retired.add(conn);
        threads.schedule(() -> {
            conn.joinThreads(THREAD_JOIN_MILLIS);
            retired.remove(conn);
        }, 200);
        // once closing, close() joins what is left in retired
    }

    // ---- closing (caller's thread) -----------------------------------------------------------------

    /** Logs off, stops every connection thread, and reports {@link ConnectionState.Disconnected}. */
    void close() {
        login.cancel();
        AtomicReference<SessionConnection> last = new AtomicReference<>();
        Future<?> stopping;
        try {
            stopping = threads.control().submit(() -> {
                if (pendingReconnect != null) {
                    pendingReconnect.cancel(false);
                }
                if (troubleReport != null) {
                    troubleReport.cancel(false);
                }
                keepalive.stop();
                SessionConnection conn = current;
                current = null;
                last.set(conn);
                if (conn != null) {
                    logoff(conn);
                }
            });
            stopping.get(settings.connectTimeout().toMillis() + LOGOFF_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.warn("AMI session did not stop cleanly: {}", e.toString());
        }
        threads.stopControl(THREAD_JOIN_MILLIS);
        SessionConnection conn = last.get();
        if (conn == null) {
            conn = current;
        }
        if (conn != null) {
            conn.abort();
            conn.joinThreads(THREAD_JOIN_MILLIS);
        }
        for (SessionConnection old : retired) {
            old.joinThreads(THREAD_JOIN_MILLIS);
        }
        retired.clear();
        trouble.flush();
        publish(new ConnectionState.Disconnected());
    }

    private void logoff(SessionConnection conn) {
        CompletableFuture<ManagerResponse> bye = new CompletableFuture<>();
        try {
            conn.sendAction(new LogoffAction(), bye::complete);
            bye.get(LOGOFF_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (IOException | IllegalStateException | ExecutionException | TimeoutException e) {
            LOG.debug("Logoff: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        conn.abort();
    }
}
