package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Login failures that need no PBX: real loopback sockets that refuse, stay silent, or speak something else. */
class AmiSessionLoginErrorsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();
    /** Threads other tests in this JVM left (raw asterisk-java clients): not this test's to answer for. */
    private final java.util.Set<Thread> threadsBefore = sessionThreadsNow();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        AmiException e = failLogin(port, false);
        assertEquals(AmiError.Kind.CONNECTION_REFUSED, e.error().kind());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }

    @Test
    void aFrozenPbxDoesNotAnswerAndFailsWithinTheTimeout() throws Exception {
        int port = server(socket -> { /* takes the connection (the kernel does, even for a frozen PBX) and says nothing */ });
        long start = System.nanoTime();
        AmiException e = failLogin(port, false);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new AmiError(AmiError.Kind.NO_ANSWER, "The PBX at 127.0.0.1:" + port + " does not answer",
                "127.0.0.1:" + port), e.error());
        assertTrue(tookMs >= TIMEOUT.toMillis() - 100 && tookMs < TIMEOUT.toMillis() + 1000, "took " + tookMs + " ms");
    }

    @Test
    void anHttpServerDoesNotSpeakAmi() throws Exception {
        int port = server(socket -> write(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        long start = System.nanoTime();
        AmiException e = failLogin(port, false);
        assertEquals(AmiError.Kind.NOT_AMI, e.error().kind());
        assertTrue((System.nanoTime() - start) / 1_000_000 < TIMEOUT.toMillis(), "a wrong banner fails at once");
    }

    @Test
    void tlsToAPlainAmiPortIsATlsFailure() throws Exception {
        int port = server(socket -> write(socket, "Asterisk Call Manager/11.0.0\r\n"));
        // the JVM's first TLS handshake sets up its crypto: seconds on a busy machine, so no tight timeout here
        AmiException e = failLogin(AmiSettings.builder().host("127.0.0.1").port(port).username("op777")
                .secret("secret-not-logged").tls(true).connectTimeout(Duration.ofSeconds(15)).extension("777").build());
        assertEquals(AmiError.Kind.TLS_NOT_TLS, e.error().kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith("TLS to 127.0.0.1:" + port + " failed"), e.getMessage());
        assertEquals("127.0.0.1:" + port, e.error().subject());
    }

    @Test
    void anUnknownHostIsSaidSo() throws Exception {
        AmiSettings settings = settings("no-such-pbx.invalid", 5038, false);
        AmiException e = failLogin(settings);
        assertTrue(e.error().kind() == AmiError.Kind.HOST_UNKNOWN || e.error().kind() == AmiError.Kind.TIMEOUT,
                e.error().toString());
    }

    @Test
    void aFailedLoginEndsFailedAndLeavesNoThreads() throws Exception {
        int port = server(socket -> { });
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        AmiSession session = new AmiSession(settings("127.0.0.1", port, false), new AmiSession.Listener() {
            @Override
            public void onStateChanged(ConnectionState state) {
                states.add(state);
            }
        });
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> session.open().get(10, TimeUnit.SECONDS));
        assertInstanceOf(AmiException.class, failed.getCause());
        assertInstanceOf(ConnectionState.Failed.class, session.state());
        session.close();
        assertEquals(List.of(ConnectionState.Connecting.class, ConnectionState.Failed.class,
                ConnectionState.Disconnected.class), states.stream().map(Object::getClass).collect(Collectors.toList()));
        assertNoSessionThreads(threadsBefore);
    }

    static java.util.Set<Thread> sessionThreadsNow() {
        return Thread.getAllStackTraces().keySet().stream().filter(AmiSessionLoginErrorsTest::isSessionThread)
                .collect(Collectors.toSet());
    }

    private static boolean isSessionThread(Thread t) {
        return t.isAlive() && (t.getName().startsWith("ringside-ami") || t.getName().startsWith("Asterisk-Java ManagerConnection"));
    }

    static void assertNoSessionThreads(java.util.Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        // join each new session thread until the deadline: a thread that ends in time passes
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (isSessionThread(t) && !before.contains(t)) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        }
        List<String> alive = Thread.getAllStackTraces().keySet().stream().filter(AmiSessionLoginErrorsTest::isSessionThread)
                .filter(t -> !before.contains(t)).map(Thread::getName).collect(Collectors.toList());
        if (alive.isEmpty()) {
            return;
        }
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (isSessionThread(t) && !before.contains(t)) {
                stacks.append(t.getName()).append('\n');
                for (StackTraceElement e : stack) {
                    stacks.append("  at ").append(e).append('\n');
                }
            }
        });
        assertEquals(List.of(), alive, "threads left behind:\n" + stacks);
    }

    private AmiException failLogin(int port, boolean tls) throws Exception {
        return failLogin(settings("127.0.0.1", port, tls));
    }

    private AmiException failLogin(AmiSettings settings) throws Exception {
        AmiSession session = new AmiSession(settings, new AmiSession.Listener() { });
        toClose.add(session);
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> session.open().get(10, TimeUnit.SECONDS));
        AmiException cause = assertInstanceOf(AmiException.class, e.getCause());
        assertEquals(new ConnectionState.Failed(cause.error()), session.state());
        return cause;
    }

    private static AmiSettings settings(String host, int port, boolean tls) {
        return AmiSettings.builder().host(host).port(port).username("op777").secret("secret-not-logged")
                .tls(tls).connectTimeout(TIMEOUT).extension("777").build();
    }

    /** A loopback server that runs {@code onAccept} for each connection, then holds it open until the test ends. */
    private int server(Consumer<Socket> onAccept) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        toClose.add(server);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    toClose.add(s);
                    onAccept.accept(s);
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-server");
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    private static void write(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
