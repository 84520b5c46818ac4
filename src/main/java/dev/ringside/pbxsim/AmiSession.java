package dev.ringside.pbxsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI client connection: reads action frames, writes responses and events through one
 * ordered outbound queue, and keeps the login, privileges and filters of the session.
 */
final class AmiSession {

    static final String BANNER = "Asterisk Call Manager/11.0.0";
    private static final Logger log = LoggerFactory.getLogger(AmiSession.class);
    /** Like Asterisk's writetimeout: a client that falls this far behind is dropped. */
    private static final int MAX_PENDING = 50_000;
    private static final String CLOSE = "\u0000close";

    private final Socket socket;
    private final ActionDispatcher dispatcher;
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private final FilterSet filters = new FilterSet();
    final String remote;
    volatile AmiUser user;
    volatile String challenge;
    private volatile Set<String> sendEvents = Set.of("all");
    private volatile boolean closed;
    /** Set once Logoff or a failed login queued the last message; nothing more is sent. */
    private volatile boolean closing;

    AmiSession(Socket socket, ActionDispatcher dispatcher) {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.remote = socket.getRemoteSocketAddress().toString();
    }

    void start(String threadPrefix) {
        Thread writer = new Thread(this::writeLoop, threadPrefix + "-writer");
        writer.setDaemon(true);
        writer.start();
        send(BANNER + "\r\n");
        Thread reader = new Thread(this::readLoop, threadPrefix + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    boolean isAuthenticated() {
        return user != null;
    }

    void loggedIn(AmiUser user, String eventsHeader) {
        for (EventFilter f : user.eventFilters()) {
            filters.add(f);
        }
        if (eventsHeader != null) {
            String e = eventsHeader.trim().toLowerCase();
            sendEvents = e.equals("off") ? Set.of() : e.equals("on") ? Set.of("all") : AmiUser.classes(e);
        }
        this.user = user;
    }

    void addFilter(EventFilter filter) {
        filters.add(filter);
    }

    String newChallenge() {
        challenge = String.valueOf(100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        return challenge;
    }

    /** An event from the PBX: delivered only if the user may read its class and the filters pass. */
    void offerEvent(AmiMessage event) {
        AmiUser u = user;
        if (u == null || closed || closing || !readable(u.read(), event) || !readable(sendEvents, event)
                || !filters.accepts(event)) {
            return;
        }
        send(event.wire());
    }

    private static boolean readable(Set<String> classes, AmiMessage event) {
        if (classes.contains("all")) {
            return true;
        }
        String privilege = event.get("Privilege");
        if (privilege == null) {
            return true;
        }
        Set<String> needed = AmiUser.classes(privilege);
        needed.remove("all");
        return !needed.isEmpty() && classes.containsAll(needed);
    }

    /** Responses and list events of an action: never filtered. */
    void reply(AmiMessage message) {
        send(message.wire());
    }

    private void send(String text) {
        if (closed) {
            return;
        }
        if (outbound.size() >= MAX_PENDING) {
            log.warn("AMI client {} reads too slowly, dropping it", remote);
            close();
            return;
        }
        outbound.add(text);
    }

    /** Closes after everything queued so far is written (Logoff, failed login). */
    void closeAfterFlush() {
        outbound.add(CLOSE);
        closing = true;
    }

    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        outbound.add(CLOSE);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        dispatcher.sessionClosed(this);
    }

    boolean isClosed() {
        return closed;
    }

    private void writeLoop() {
        try {
            OutputStream out = socket.getOutputStream();
            while (true) {
                String text = outbound.take();
                if (CLOSE.equals(text)) {
                    out.flush();
                    break;
                }
                out.write(text.getBytes(StandardCharsets.UTF_8));
                if (outbound.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            log.debug("AMI client {} write failed: {}", remote, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    private void readLoop() {
        // Not try-with-resources: closing the reader closes the socket, and after Logoff or a
        // failed login the writer must still send the last response before it closes.
        try {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while (!closed && !closing && (line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    if (line.length() > 65_536 || lines.size() > 1_000) {
                        log.warn("AMI client {} sent an oversized frame, dropping it", remote);
                        break;
                    }
                    lines.add(line);
                    continue;
                }
                if (lines.isEmpty()) {
                    continue;
                }
                AmiMessage action = AmiMessage.parse(lines);
                lines = new ArrayList<>();
                try {
                    dispatcher.handle(this, action);
                } catch (RuntimeException e) {
                    log.warn("AMI action {} from {} failed: {}", action.get("Action"), remote, e.toString());
                    reply(AmiMessage.response("Error", action.get("ActionID")).add("Message", "Internal error"));
                }
            }
        } catch (IOException e) {
            log.debug("AMI client {} read ended: {}", remote, e.toString());
        }
        if (!closing) {
            close();
        }
    }
}
