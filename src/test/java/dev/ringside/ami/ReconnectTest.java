package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.testing.LogCapture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Coming back after the PBX went away, over real sockets on one port: the waits while it is down
 * stay under the cap however long it is down; a PBX that takes the connection but refuses the
 * login is tried less often; a frozen PBX reads "does not answer". The 2-second figure itself is
 * measured by {@code ReconnectBenchmark}.
 */
class ReconnectTest {

    private static final long WAIT = 20;
    private static final ReconnectBackoff FAST = new ReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200),
            Duration.ofSeconds(1));

    private final java.util.Set<Thread> threadsBefore = AmiSessionLoginErrorsTest.sessionThreadsNow();
    private final SessionRecorder recorder = new SessionRecorder();
    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();
    private PbxSimulator sim;
    private AmiSession session;

    @AfterEach
    void tearDown() throws Exception {
        if (session != null) {
            session.close();
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
        if (sim != null) {
            sim.close();
        }
        AmiSessionLoginErrorsTest.assertNoSessionThreads(threadsBefore);
    }

    @Test
    void howeverLongThePbxIsDownEveryWaitStaysUnderTheCapAndItComesBack() throws Exception {
        int port = startSimAndLogIn();
        sim.stop();

        for (int attempt = 1; attempt <= 12; attempt++) {
            int n = attempt;
            SessionRecorder.Heard heard = recorder.awaitState(ConnectionState.Reconnecting.class,
                    r -> r.attempt() == n, WAIT);
            ConnectionState.Reconnecting r = (ConnectionState.Reconnecting) heard.state();
            long waitMs = Duration.between(heard.at(), r.nextAttemptAt()).toMillis();
            assertTrue(waitMs <= FAST.max().toMillis(), "attempt " + n + " waits " + waitMs + " ms");
            if (attempt > 1) {
                assertTrue(r.reason().startsWith("Connection refused at 127.0.0.1:" + port), r.reason());
            }
        }
        long restarted = System.nanoTime();
        sim.start(port);
        recorder.awaitState(ConnectionState.Connected.class, WAIT);
        long backMs = (System.nanoTime() - restarted) / 1_000_000;
        assertTrue(backMs < 5_000, "back after " + backMs + " ms"); // generous: the cap is 200 ms here
        recorder.awaitSnapshot(WAIT); // the channel list is taken again after coming back
    }

    @Test
    void aPbxThatTakesTheConnectionButRefusesTheLoginIsNotHammered() throws Exception {
        int port = startSimAndLogIn();
        sim.stop();
        // the port answers with a banner and hangs up on the login: an Asterisk that turns us away
        ServerSocket refusing = listen(port, socket -> {
            write(socket, "Asterisk Call Manager/9.0.0\r\n");
            socket.close();
        });
        toClose.add(refusing);
        try (LogCapture log = LogCapture.open()) {
            // the first tries may still find the port closed; from the first refusal on, each one is refused
            SessionRecorder.Heard first = recorder.awaitState(ConnectionState.Reconnecting.class,
                    r -> r.reason().contains("broke off the login"), WAIT);
            int from = ((ConnectionState.Reconnecting) first.state()).attempt();
            for (int attempt = from + 1; attempt <= Math.max(from + 3, 7); attempt++) {
                int n = attempt;
                SessionRecorder.Heard heard = recorder.awaitState(ConnectionState.Reconnecting.class,
                        r -> r.attempt() == n, WAIT);
                ConnectionState.Reconnecting r = (ConnectionState.Reconnecting) heard.state();
                assertTrue(r.reason().contains("broke off the login"), r.reason());
                long waitMs = Duration.between(heard.at(), r.nextAttemptAt()).toMillis();
                assertTrue(waitMs <= FAST.refusedMax().toMillis(), "attempt " + n + " waits " + waitMs + " ms");
                if (attempt >= 6) {
                    // steps 20, 40, 80, 160, 320, 640 ms: from attempt 6 the least wait (480 ms) is over the down cap
                    assertTrue(waitMs > FAST.max().toMillis(), "attempt " + n + " waits only " + waitMs + " ms");
                }
            }
            assertTrue(log.anyContains("failed (the PBX took the connection)"), log.lines().toString());
        }
    }

    @Test
    void aFrozenPbxReadsDoesNotAnswer() throws Exception {
        int port = startSimAndLogIn();
        sim.stop();
        ServerSocket frozen = listen(port, socket -> toClose.add(socket)); // takes the connection, says nothing
        toClose.add(frozen);
        SessionRecorder.Heard heard = recorder.awaitState(ConnectionState.Reconnecting.class,
                r -> r.attempt() >= 2 && !r.reason().startsWith("Connection refused"), WAIT);
        assertEquals("The PBX at 127.0.0.1:" + port + " does not answer",
                ((ConnectionState.Reconnecting) heard.state()).reason());
    }

    private int startSimAndLogIn() throws Exception {
        sim = PbxSimulator.builder().user(AmiUser.admin("op777", "secret")).timeScale(0.05).build();
        int port = sim.start(0);
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(port).username("op777").secret("secret")
                .connectTimeout(Duration.ofSeconds(5)).extension("777").build(); // a cold JVM on a busy machine is slow
        session = new AmiSession(settings, recorder, FAST);
        session.open().get(WAIT, TimeUnit.SECONDS);
        recorder.awaitState(ConnectionState.Connected.class, WAIT);
        recorder.awaitSnapshot(WAIT); // the login is over only once its channel list is in
        return port;
    }

    private interface OnAccept {
        void accept(Socket socket) throws IOException;
    }

    private static ServerSocket listen(int port, OnAccept onAccept) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    onAccept.accept(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "test-listener-" + port);
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
