package dev.ringside.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An AMI server for tests that lets a PBX misbehave on purpose: it logs anyone in (MD5 challenge,
 * any key), answers CoreSettings as Asterisk 22, refuses Filter (so the session filters in the
 * client), and then does with Ping and CoreShowChannels what the test asks. The test pushes any
 * bytes it likes, malformed or not, with {@link Connection#send}.
 */
public final class HostileAmiServer implements AutoCloseable {

    static final String BANNER = "Asterisk Call Manager/9.0.0\r\n";

    private final ServerSocket server;
    private final BlockingQueue<Connection> logins = new LinkedBlockingQueue<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    public volatile boolean answerPing = true;
    public volatile boolean finishLists = true;

    public HostileAmiServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "hostile-ami-accept");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int accepted() {
        return accepted.get();
    }

    /** The next connection that logs in. */
    public Connection awaitLogin(long seconds) throws InterruptedException {
        Connection c = logins.poll(seconds, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("nobody logged in within " + seconds + " s");
        }
        return c;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepted.incrementAndGet();
                Connection c = new Connection(s);
                connections.add(c);
                Thread t = new Thread(c::serve, "hostile-ami-" + s.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Connection c : connections) {
            c.close();
        }
    }

    public final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final AtomicInteger pings = new AtomicInteger();
        private final BlockingQueue<Map<String, String>> actions = new LinkedBlockingQueue<>();

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        public int pings() {
            return pings.get();
        }

        /** The next action the client sent (case-insensitive header map). */
        public Map<String, String> awaitAction(String name, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                Map<String, String> a = actions.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (a == null) {
                    throw new AssertionError("no " + name + " within " + seconds + " s");
                }
                if (name.equalsIgnoreCase(a.get("Action"))) {
                    return a;
                }
            }
        }

        public void send(String text) throws IOException {
            send(text.getBytes(StandardCharsets.UTF_8));
        }

        public void send(byte[] bytes) throws IOException {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        }

        private void serve() {
            try {
                send(BANNER);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                Map<String, String> action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            action.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                        }
                        continue;
                    }
                    if (!action.isEmpty()) {
                        answer(action);
                        actions.add(action);
                        action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    }
                }
            } catch (SocketException e) {
                // closed
            } catch (IOException e) {
                // the test is over
            }
        }

        private void answer(Map<String, String> action) throws IOException {
            String id = action.getOrDefault("ActionID", "");
            String ok = "Response: Success\r\nActionID: " + id + "\r\n";
            switch (action.getOrDefault("Action", "").toLowerCase(Locale.ROOT)) {
                case "challenge" -> send(ok + "Challenge: 840415273\r\n\r\n");
                case "login" -> {
                    send(ok + "Message: Authentication accepted\r\n\r\n");
                    logins.add(this);
                }
                case "coresettings" -> send(ok + "AMIversion: 9.0.0\r\nAsteriskVersion: 22.10.1\r\n"
                        + "SystemName: hostile\r\n\r\n");
                case "filter" -> send("Response: Error\r\nActionID: " + id + "\r\nMessage: Permission denied\r\n\r\n");
                case "coreshowchannels" -> {
                    send(ok + "EventList: start\r\nMessage: Channels will follow\r\n\r\n");
                    if (finishLists) {
                        send("Event: CoreShowChannelsComplete\r\nActionID: " + id
                                + "\r\nEventList: Complete\r\nListItems: 0\r\n\r\n");
                    }
                }
                case "ping" -> {
                    pings.incrementAndGet();
                    if (answerPing) {
                        send(ok + "Ping: Pong\r\nTimestamp: 1700000000.000000\r\n\r\n");
                    }
                }
                case "logoff" -> send("Response: Goodbye\r\nActionID: " + id + "\r\nMessage: Thanks for all the fish.\r\n\r\n");
                default -> send(ok + "\r\n");
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
