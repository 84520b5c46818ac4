package dev.ringside.ami;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One login: socket, banner, login and version, all within the connect timeout, on a thread of its
 * own so that a PBX that stops answering half way can be given up on at the deadline. Each failure
 * comes out as an {@link AmiException} whose message an operator can act on.
 */
final class LoginAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempt.class);

    /** How long the TCP connect of a reconnect may take: a PBX host coming back is tried afresh, not waited on. */
    static final long RECONNECT_CONNECT_MILLIS = 2000;

    private final AmiSettings settings;
    private final BiConsumer<SessionConnection, String> onLost;
    private final FrameRouter.EventSink events;
    private final InputTrouble trouble;
    private final Consumer<SessionConnection> retire;
    /** The login in progress, so that {@link #cancel()} can cut it short. */
    private volatile CompletableFuture<SessionConnection> inflight;
    private volatile boolean cancelled;
    private volatile boolean reachedPbx;

    LoginAttempt(AmiSettings settings, BiConsumer<SessionConnection, String> onLost, FrameRouter.EventSink events,
                 InputTrouble trouble, Consumer<SessionConnection> retire) {
        this.settings = settings;
        this.onLost = onLost;
        this.events = events;
        this.trouble = trouble;
        this.retire = retire;
    }

    /** Whether the last attempt got a TCP connection: if so and it failed, the PBX is up but refused us. */
    boolean reachedPbx() {
        return reachedPbx;
    }

    /** Ends a login in progress and refuses any later one: the session is closing. */
    void cancel() {
        cancelled = true;
        CompletableFuture<SessionConnection> login = inflight;
        if (login != null) {
            login.completeExceptionally(closedError());
        }
    }

    /**
     * Logs in once; blocks the calling (control) thread until done or the connect timeout passes.
     * A reconnect gives the TCP connect itself at most {@link #RECONNECT_CONNECT_MILLIS}.
     */
    SessionConnection connect(boolean reconnecting) throws AmiException {
        long start = System.nanoTime();
        long deadline = start + settings.connectTimeout().toNanos();
        long connectDeadline = reconnecting ? start + RECONNECT_CONNECT_MILLIS * 1_000_000 : deadline;
        reachedPbx = false;
        AtomicReference<AmiSocket.Phase> phase = new AtomicReference<>(AmiSocket.Phase.CONNECTING);
        AtomicReference<SessionConnection> made = new AtomicReference<>();
        AtomicReference<AmiSocket> opened = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<SessionConnection> result = new CompletableFuture<>();
        inflight = result;
        if (cancelled) {
            throw closedError();
        }
        Thread login = new Thread(() -> {
            try {
                FrameRouter router = new FrameRouter(trouble, events);
                AmiSocket socket = AmiSocket.open(settings, deadline, connectDeadline, p -> {
                    phase.set(p);
                    if (p != AmiSocket.Phase.CONNECTING) {
                        reachedPbx = true;
                    }
                }, router, trouble);
                opened.set(socket);
                phase.set(AmiSocket.Phase.LOGIN);
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                SessionConnection conn = new SessionConnection(settings, socket, router, left, onLost);
                made.set(conn);
                if (abandoned.get()) {
                    return;
                }
                conn.login();
                result.complete(conn);
            } catch (AmiException e) {
                result.completeExceptionally(e);
            } catch (AuthenticationFailedException e) {
                result.completeExceptionally(loginFailure(e, deadline, opened.get()));
            } catch (Exception e) {
                LOG.info("AMI login to {} broke off: {}", settings.address(), e.toString());
                result.completeExceptionally(System.nanoTime() - deadline >= 0
                        ? new AmiException(AmiErrors.loginTimeout(settings.address()), e)
                        : new AmiException(AmiErrors.loginBroken(settings.address()), e));
            } finally {
                SessionConnection conn = made.get();
                if (abandoned.get() && conn != null) {
                    conn.abort();
                }
            }
        }, "ringside-ami-login");
        login.setDaemon(true);
        login.start();
        try {
            long waitNanos = Math.max(1, deadline - System.nanoTime());
            return result.get(waitNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            retire.accept(made.get());
            login.interrupt();
            AmiError error = timeoutError(phase.get());
            LOG.info("AMI login to {} gave up after {} ms while {}", settings.address(),
                    settings.connectTimeout().toMillis(), phase.get());
            throw new AmiException(error, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned.set(true);
            throw new AmiException(AmiError.Kind.OTHER, "Interrupted while logging in");
        } catch (ExecutionException e) {
            abandoned.set(true);
            retire.accept(made.get());
            login.interrupt(); // it may still wait in asterisk-java for an answer that cannot come
            if (e.getCause() instanceof AmiException) {
                throw (AmiException) e.getCause();
            }
            throw new AmiException(new AmiError(AmiError.Kind.OTHER, "Login failed"), e.getCause());
        } finally {
            inflight = null;
        }
    }

    private AmiError timeoutError(AmiSocket.Phase phase) {
        switch (phase) {
            case CONNECTING:
                return AmiErrors.nothingAnswers(settings.address());
            case BANNER:
                return AmiErrors.doesNotAnswer(settings.address());
            default:
                return AmiErrors.loginTimeout(settings.address());
        }
    }

    private AmiException loginFailure(AuthenticationFailedException e, long deadline, AmiSocket socket) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.getCause() == null && !message.startsWith("Unable to")) {
            // the PBX answered the Login action with an error: the secret, the name, or an ACL
            LOG.warn("AMI login as {} refused by {}: {}", settings.username(), settings.address(), message);
            return new AmiException(AmiErrors.wrongCredentials(), e);
        }
        LOG.info("AMI login to {} failed: {} ({})", settings.address(), message,
                e.getCause() == null ? "" : e.getCause().toString());
        boolean hungUp = socket != null && (socket.reachedEnd() || socket.readFailure() != null);
        if (!hungUp && (System.nanoTime() - deadline >= 0
                || e.getCause() instanceof org.asteriskjava.manager.TimeoutException)) {
            // (asterisk-java also says "timeout" when the PBX hung up on a pending action)
            return new AmiException(AmiErrors.loginTimeout(settings.address()), e);
        }
        return new AmiException(AmiErrors.loginBroken(settings.address()), e);
    }

    static AmiException closedError() {
        return new AmiException(AmiErrors.sessionClosed(), null);
    }
}
