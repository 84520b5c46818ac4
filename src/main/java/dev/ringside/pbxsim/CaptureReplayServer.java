package dev.ringside.pbxsim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AMI server on loopback that plays a recorded Asterisk stream to whoever logs in: it answers
 * the login (plain or MD5 challenge), CoreSettings, Ping, Filter (always Success: a recording
 * cannot be filtered), CoreShowChannels (an empty list) and Logoff, and meanwhile sends the
 * capture's events on the capture's own clock multiplied by a time scale.
 *
 * <pre>
 * try (CaptureReplayServer replay = CaptureReplayServer.builder(RecordedCapture.read(path))
 *         .user("ringside", "secret").timeScale(0.02).build()) {
 *     int port = replay.start(0);
 *     ... connect a client ...
 *     replay.allSent().get();
 * }
 * </pre>
 */
public final class CaptureReplayServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CaptureReplayServer.class);

    private final RecordedCapture capture;
    private final Map<String, String> secrets;
    private final double timeScale;
    private final String streamAfter;
    private final List<ReplayConnection> connections = new CopyOnWriteArrayList<>();
    private final ActionLog receivedActions = new ActionLog();
    private final CompletableFuture<Void> allSent = new CompletableFuture<>();
    private volatile ServerSocket listener;
    private volatile int port;

    private CaptureReplayServer(Builder b) {
        this.capture = b.capture;
        this.secrets = Map.copyOf(b.secrets);
        this.timeScale = b.timeScale;
        this.streamAfter = b.streamAfter;
    }

    public static Builder builder(RecordedCapture capture) {
        return new Builder(capture);
    }

    /** Opens the port (0 = any free one) on loopback and returns it. */
    public synchronized int start(int requestedPort) throws IOException {
        if (listener != null) {
            throw new IllegalStateException("already started on port " + port);
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
        listener = server;
        port = server.getLocalPort();
        Thread accepting = new Thread(() -> acceptLoop(server), "capture-replay-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
        log.info("Replaying {} ({} events) on 127.0.0.1:{} at time scale {}", capture.file().getFileName(),
                capture.events().size(), port, timeScale);
        return port;
    }

    public int port() {
        return port;
    }

    public RecordedCapture capture() {
        return capture;
    }

    /** Completes once the first client has been sent every event of the capture. */
    public CompletableFuture<Void> allSent() {
        return allSent;
    }

    /**
     * Sends one more event to every connected client, after the whole capture (a test uses it as a
     * marker: once the client has seen it, it has seen everything before it).
     */
    public void sendAfterCapture(AmiMessage event) {
        for (ReplayConnection c : connections) {
            c.offerAfterCapture(event.wire());
        }
    }

    /** Every action received so far, in order, as case-insensitive header maps. */
    public List<Map<String, String>> receivedActions() {
        return receivedActions.all();
    }


    /** Waits for an action with this name matching {@code match} (including earlier ones); empty after the timeout. */
    public Optional<Map<String, String>> awaitAction(String name, Predicate<Map<String, String>> match,
                                                     Duration timeout) {
        return receivedActions.await(name, match, timeout);
    }


    public int connectionCount() {
        return connections.size();
    }

    @Override
    public synchronized void close() {
        ServerSocket server = listener;
        listener = null;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        for (ReplayConnection c : connections) {
            c.close();
        }
        connections.clear();
    }

    // ---- for the connections -------------------------------------------------------------------

    double timeScale() {
        return timeScale;
    }

    String streamAfter() {
        return streamAfter;
    }

    String secretOf(String username) {
        return username == null ? null : secrets.get(username.trim());
    }

    void recordAction(AmiMessage action) {
        receivedActions.record(action);
    }

    void connectionClosed(ReplayConnection connection) {
        connections.remove(connection);
    }

    private void acceptLoop(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                ReplayConnection connection = new ReplayConnection(socket, this);
                connections.add(connection);
                connection.streamed.thenRun(() -> allSent.complete(null));
                connection.start("capture-replay-" + port + "-" + socket.getPort());
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                log.warn("Capture replay accept failed: {}", e.toString());
            }
        }
    }

    public static final class Builder {
        private final RecordedCapture capture;
        private final Map<String, String> secrets = new ConcurrentHashMap<>();
        private double timeScale = 1.0;
        private String streamAfter;

        private Builder(RecordedCapture capture) {
            this.capture = capture;
        }

        public Builder user(String username, String secret) {
            secrets.put(username, secret);
            return this;
        }

        /** 1.0 = the recorded pace, 0.02 = 50 times faster, 0 = as fast as the socket takes it. */
        public Builder timeScale(double timeScale) {
            if (timeScale < 0 || Double.isNaN(timeScale)) {
                throw new IllegalArgumentException("timeScale must be >= 0");
            }
            this.timeScale = timeScale;
            return this;
        }

        /**
         * Starts the stream only once the client has sent this action (e.g. {@code CoreShowChannels},
         * the last step of Ringside's login), so that its empty channel list cannot close a call the
         * replay has already begun; by default the stream starts right after the login response.
         */
        public Builder streamAfter(String actionName) {
            this.streamAfter = actionName;
            return this;
        }

        public CaptureReplayServer build() {
            if (secrets.isEmpty()) {
                throw new IllegalStateException("add at least one AMI user");
            }
            return new CaptureReplayServer(this);
        }
    }

    /** Reads {@code capture} (and its {@code .timing}) for a builder. */
    public static Builder builder(Path capture) throws IOException {
        return builder(RecordedCapture.read(capture));
    }
}
