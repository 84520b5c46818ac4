package dev.ringside.ami;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.function.BiConsumer;
import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.CoreSettingsAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.manager.response.CoreSettingsResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.asteriskjava.util.SocketConnectionFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One asterisk-java connection over one already-opened {@link AmiSocket}, used once: when the
 * link drops it reports why and stays down. {@link AmiSession} reconnects with a fresh one, so
 * that the backoff and the state it shows are ours, and nothing from a dead link (half-sent
 * actions, filters, the reader threads) carries over.
 *
 * <p>Leans on protected hooks of asterisk-java 3.42's {@code ManagerConnectionImpl}: the socket,
 * a single version probe instead of up to four rounds of two actions with sleeps, and the
 * disconnect (to stop its built-in reconnect thread).
 */
final class SessionConnection extends ManagerConnectionImpl {

    private static final Logger LOG = LoggerFactory.getLogger(SessionConnection.class);

    private final AmiSocket socket;
    private final FrameRouter router;
    private final BiConsumer<SessionConnection, String> onLost;
    private volatile boolean socketHandedOut;
    private volatile boolean closing;
    private volatile String asteriskVersion = "";
    private volatile Thread pumpThread;

    SessionConnection(AmiSettings settings, AmiSocket socket, FrameRouter router, long responseTimeoutMillis,
                      BiConsumer<SessionConnection, String> onLost) {
        this.socket = socket;
        this.router = router;
        this.onLost = onLost;
        setHostname(settings.host());
        setPort(settings.port());
        setUsername(settings.username());
        setPassword(settings.secret());
        setDefaultResponseTimeout(responseTimeoutMillis);
        setDefaultEventTimeout(responseTimeoutMillis);
        setKeepAliveAfterAuthenticationFailure(false);
    }

    /** The version CoreSettings reported ("22.10.1"), or "" when the login may not ask. */
    String asteriskVersion() {
        return asteriskVersion;
    }

    /** Where this connection's channel lists are gathered. */
    FrameRouter router() {
        return router;
    }

    String banner() {
        return socket.banner();
    }

    @Override
    protected SocketConnectionFacade createSocket() throws IOException {
        if (socketHandedOut) {
            // only asterisk-java's own reconnect would ask twice, and we never let it run
            throw new IOException("a SessionConnection is used once");
        }
        socketHandedOut = true;
        return socket;
    }

    @Override
    protected AsteriskVersion determineVersion() {
        try {
            ManagerResponse response = sendAction(new CoreSettingsAction());
            if (response instanceof CoreSettingsResponse) {
                String version = ((CoreSettingsResponse) response).getAsteriskVersion();
                asteriskVersion = version == null ? "" : version.trim();
                AsteriskVersion known = AsteriskVersion.getDetermineVersionFromString("Asterisk " + asteriskVersion);
                if (known != null) {
                    return known;
                }
            } else {
                LOG.info("CoreSettings refused ({}): the PBX version stays unknown",
                        response == null ? "no answer" : response.getMessage());
            }
        } catch (Exception e) {
            LOG.info("CoreSettings failed: {}", e.toString());
        }
        return AsteriskVersion.DEFAULT_VERSION;
    }

    @Override
    public void dispatchEvent(ManagerEvent event, Integer requiredHandlingTime) {
        if (pumpThread == null) {
            pumpThread = Thread.currentThread();
        }
        if (event instanceof DisconnectEvent) {
            boolean wasConnected = state == ManagerConnectionState.CONNECTED;
            if (wasConnected) {
                // with the state no longer CONNECTED, asterisk-java fails the pending actions but starts
                // no reconnect thread of its own
                state = ManagerConnectionState.DISCONNECTED;
            }
            super.dispatchEvent(event, requiredHandlingTime);
            closeSocket();
            if (wasConnected && !closing) {
                onLost.accept(this, lossReason());
            }
            return;
        }
        super.dispatchEvent(event, requiredHandlingTime);
    }

    private String lossReason() {
        IOException e = socket.readFailure();
        if (e == null) {
            return socket.reachedEnd() ? "The PBX closed the connection"
                    : "The AMI reader stopped on a message it could not handle (a fault in this app, not the PBX)";
        }
        if (e instanceof SocketTimeoutException) {
            return "No answer from the PBX: the link looks dead";
        }
        return "Connection to the PBX lost (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + ")";
    }

    /** Drops the link without telling the session: we chose to. Never blocks on asterisk-java's lock. */
    void abort() {
        closing = true;
        closeSocket();
    }

    boolean isClosing() {
        return closing;
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the AMI socket: {}", e.toString());
        }
    }

    /**
     * Waits a little for asterisk-java's reader and event pump threads to end after the socket
     * closed. The pump can take the reader's poison before its stop flag is set and then sleep in a
     * one-minute poll; once the reader has ended nothing more can reach the pump, so it is woken.
     */
    void joinThreads(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        Thread reader = socket.readerThread();
        Thread pump = pumpThread;
        try {
            if (reader != null && reader != Thread.currentThread()) {
                reader.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            if (pump != null && pump != Thread.currentThread() && (reader == null || !reader.isAlive())) {
                pump.join(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                if (pump.isAlive()) {
                    pump.interrupt();
                    pump.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
