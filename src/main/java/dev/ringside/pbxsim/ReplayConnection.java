package dev.ringside.pbxsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client of a {@link CaptureReplayServer}: answers its login and housekeeping actions, and
 * streams the recorded events to it on the capture's own clock (scaled).
 */
final class ReplayConnection {

    private static final Logger log = LoggerFactory.getLogger(ReplayConnection.class);
    private static final String STOP = "\u0000stop";

    private final Socket socket;
    private final CaptureReplayServer server;
    private final String remote;
    /** Completes when the stream may begin (after the login, or after the action named by streamAfter). */
    private final CompletableFuture<Void> streamStart = new CompletableFuture<>();
    final CompletableFuture<Void> streamed = new CompletableFuture<>();
    private final BlockingQueue<String> extras = new LinkedBlockingQueue<>();
    private volatile boolean loggedIn;
    private volatile String challenge;
    private volatile boolean closed;

    ReplayConnection(Socket socket, CaptureReplayServer server) {
        this.socket = socket;
        this.server = server;
        this.remote = String.valueOf(socket.getRemoteSocketAddress());
    }

    void start(String threadPrefix) {
        write(AmiSession.BANNER + "\r\n");
        Thread reader = new Thread(this::readLoop, threadPrefix + "-reader");
        reader.setDaemon(true);
        reader.start();
        Thread streamer = new Thread(this::streamLoop, threadPrefix + "-stream");
        streamer.setDaemon(true);
        streamer.start();
    }

    /** An extra event for this client, written after the whole capture. */
    void offerAfterCapture(String wire) {
        extras.add(wire);
    }

    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        extras.add(STOP);
        streamStart.cancel(false);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        server.connectionClosed(this);
    }

    // ---- writing -------------------------------------------------------------------------------

    private synchronized boolean write(String text) {
        if (closed) {
            return false;
        }
        try {
            OutputStream out = socket.getOutputStream();
            // recorded text was read as ISO-8859-1: this gives back the recorded bytes
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        } catch (IOException e) {
            log.debug("Replay client {} write failed: {}", remote, e.toString());
            return false;
        }
    }

    private void reply(AmiMessage message) {
        write(message.wire());
    }

    // ---- streaming -----------------------------------------------------------------------------

    private void streamLoop() {
        try {
            streamStart.join();
        } catch (RuntimeException cancelled) {
            return;
        }
        long start = System.nanoTime();
        double scale = server.timeScale();
        for (RecordedCapture.Event event : server.capture().events()) {
            long due = start + (long) (event.afterLogin().toNanos() * scale);
            long wait;
            while (!closed && (wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (closed || !write(event.wire())) {
                close();
                return;
            }
        }
        streamed.complete(null);
        log.info("Replay client {} got all {} events of {}", remote, server.capture().events().size(),
                server.capture().file().getFileName());
        try {
            while (true) {
                String extra = extras.take();
                if (STOP.equals(extra) || !write(extra)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- reading actions -----------------------------------------------------------------------

    private void readLoop() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while (!closed && (line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    continue;
                }
                if (!lines.isEmpty()) {
                    AmiMessage action = AmiMessage.parse(lines);
                    lines = new ArrayList<>();
                    if (!handle(action)) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            log.debug("Replay client {} read ended: {}", remote, e.toString());
        }
        close();
    }

    /** Answers one action; false when the connection must end (Logoff, failed login). */
    private boolean handle(AmiMessage action) {
        String name = action.get("Action");
        String id = action.get("ActionID");
        if (name == null || name.isBlank()) {
            reply(ActionDispatcher.error(id, "Missing action in request"));
            return true;
        }
        server.recordAction(action);
        String verb = name.trim().toLowerCase(Locale.ROOT);
        if (!loggedIn && !verb.equals("login") && !verb.equals("challenge") && !verb.equals("logoff")) {
            reply(ActionDispatcher.error(id, "Permission denied"));
            return true;
        }
        switch (verb) {
            case "challenge":
                challenge = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
                reply(AmiMessage.response("Success", id).add("Challenge", challenge));
                break;
            case "login":
                if (!login(action, id)) {
                    return false;
                }
                break;
            case "logoff":
                reply(AmiMessage.response("Goodbye", id).add("Message", "Thanks for all the fish."));
                return false;
            case "ping":
                long micros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
                reply(AmiMessage.response("Success", id).add("Ping", "Pong")
                        .add("Timestamp", String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000)));
                break;
            case "filter":
                reply(AmiMessage.response("Success", id).add("Message", "Success"));
                break;
            case "coresettings":
                reply(AmiMessage.response("Success", id).add("AMIversion", ActionDispatcher.AMI_VERSION)
                        .add("AsteriskVersion", ActionDispatcher.ASTERISK_VERSION).add("SystemName", "")
                        .add("CoreMaxCalls", "0").add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk"));
                break;
            case "command":
                reply(AmiMessage.response("Success", id).add("Message", "Command output follows")
                        .add("Output", "Asterisk " + ActionDispatcher.ASTERISK_VERSION + " (capture replay)"));
                break;
            case "coreshowchannels":
                // a recording has no live channels to report: an empty, complete list
                reply(AmiMessage.response("Success", id).add("EventList", "start")
                        .add("Message", "Channels will follow"));
                AmiMessage done = new AmiMessage().add("Event", "CoreShowChannelsComplete");
                if (id != null && !id.isEmpty()) {
                    done.add("ActionID", id);
                }
                reply(done.add("EventList", "Complete").add("ListItems", "0"));
                break;
            default:
                reply(ActionDispatcher.error(id, "Invalid/unknown command"));
        }
        if (server.streamAfter() != null && server.streamAfter().equalsIgnoreCase(verb) && loggedIn) {
            streamStart.complete(null);
        }
        return true;
    }

    private boolean login(AmiMessage action, String id) {
        if (loggedIn) {
            reply(AmiMessage.response("Success", id).add("Message", "Already authenticated"));
            return true;
        }
        boolean md5 = "md5".equalsIgnoreCase(String.valueOf(action.get("AuthType")).trim());
        String secret = server.secretOf(action.get("Username"));
        boolean ok = false;
        if (secret != null) {
            if (md5 && action.get("Key") != null && challenge != null) {
                ok = ActionDispatcher.md5Hex(challenge + secret).equalsIgnoreCase(action.get("Key").trim());
            } else if (!md5 && action.get("Secret") != null) {
                ok = secret.equals(action.get("Secret"));
            }
        }
        if (!ok) {
            log.info("Replay login refused for user '{}' from {}", action.get("Username"), remote);
            reply(ActionDispatcher.error(id, "Authentication failed"));
            return false;
        }
        loggedIn = true;
        reply(AmiMessage.response("Success", id).add("Message", "Authentication accepted"));
        if (server.streamAfter() == null) {
            streamStart.complete(null);
        }
        return true;
    }
}
