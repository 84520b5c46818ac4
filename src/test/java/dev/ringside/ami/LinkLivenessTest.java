package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.testing.HostileAmiServer;
import dev.ringside.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A link that is open but useless counts as dead: a PBX that answers no Ping (even while it sends
 * events), and a channel list that never completes. Both over a real loopback socket.
 */
class LinkLivenessTest {

    private static final long WAIT = 20;

    private final java.util.Set<Thread> threadsBefore = AmiSessionLoginErrorsTest.sessionThreadsNow();
    private final SessionRecorder recorder = new SessionRecorder();
    private HostileAmiServer server;
    private AmiSession session;
    private ScheduledExecutorService traffic;

    @AfterEach
    void tearDown() throws Exception {
        if (traffic != null) {
            traffic.shutdownNow();
            traffic.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
        AmiSessionLoginErrorsTest.assertNoSessionThreads(threadsBefore);
    }

    @Test
    void aPbxThatAnswersNoPingIsTakenForDeadThoughItSendsEvents() throws Exception {
        server = new HostileAmiServer();
        server.answerPing = false;
        try (LogCapture log = LogCapture.open()) {
            session = new AmiSession(settings(Duration.ofMillis(100), Duration.ofMillis(900)), recorder,
                    new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100)));
            session.open().get(WAIT, TimeUnit.SECONDS);
            HostileAmiServer.Connection first = server.awaitLogin(WAIT);
            // an event every 100 ms keeps the socket busy: its read timeout alone would never fire
            traffic = Executors.newSingleThreadScheduledExecutor();
            traffic.scheduleAtFixedRate(() -> {
                try {
                    first.send("Event: PeerStatus\r\nPrivilege: system,all\r\nChannelType: PJSIP\r\n"
                            + "Peer: PJSIP/555\r\nPeerStatus: Reachable\r\n\r\n");
                } catch (java.io.IOException e) {
                    // the session hung up on us: that is the point
                }
            }, 0, 100, TimeUnit.MILLISECONDS);

            SessionRecorder.Heard lost = recorder.awaitState(ConnectionState.Reconnecting.class, WAIT);
            String reason = ((ConnectionState.Reconnecting) lost.state()).reason();
            assertTrue(reason.startsWith("The PBX does not answer"), reason);
            assertTrue(first.pings() >= 1, "a Ping was sent");
            assertTrue(log.anyContains("No answer to Ping from 127.0.0.1:" + server.port()), log.lines().toString());

            server.answerPing = true;
            server.awaitLogin(WAIT);
            recorder.awaitState(ConnectionState.Connected.class, WAIT);
        }
    }

    @Test
    void aChannelListThatNeverCompletesIsADeadLink() throws Exception {
        server = new HostileAmiServer();
        server.finishLists = false;
        try (LogCapture log = LogCapture.open()) {
            session = new AmiSession(settings(Duration.ofSeconds(10), Duration.ofSeconds(30)), recorder,
                    new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100)));
            session.open().get(WAIT, TimeUnit.SECONDS);
            server.awaitLogin(WAIT).awaitAction("CoreShowChannels", WAIT);

            SessionRecorder.Heard lost = recorder.awaitState(ConnectionState.Reconnecting.class, WAIT);
            String reason = ((ConnectionState.Reconnecting) lost.state()).reason();
            assertEquals("The PBX did not finish the CoreShowChannels list within 1000 ms", reason);
            assertTrue(log.anyContains("AMI link to 127.0.0.1:" + server.port() + " lost: The PBX did not finish"),
                    log.lines().toString());

            server.finishLists = true;
            server.awaitLogin(WAIT);
            recorder.awaitState(ConnectionState.Connected.class, WAIT);
            assertTrue(recorder.awaitSnapshot(WAIT).isEmpty());
        }
    }

    @Test
    void pingsThatAreAnsweredKeepTheLink() throws Exception {
        server = new HostileAmiServer();
        session = new AmiSession(settings(Duration.ofMillis(50), Duration.ofMillis(400)), recorder);
        session.open().get(WAIT, TimeUnit.SECONDS);
        HostileAmiServer.Connection conn = server.awaitLogin(WAIT);
        for (int i = 0; i < 20; i++) {
            conn.awaitAction("Ping", WAIT); // 20 pings, each answered, over twice the ping timeout
        }
        assertEquals(1, server.accepted());
        assertFalse(recorder.allStates().stream().anyMatch(h -> h.state() instanceof ConnectionState.Reconnecting),
                recorder.allStates().toString());
    }

    private AmiSettings settings(Duration ping, Duration readTimeout) {
        return AmiSettings.builder().host("127.0.0.1").port(server.port()).username("op777").secret("s")
                .connectTimeout(Duration.ofSeconds(1)).pingInterval(ping).readTimeout(readTimeout)
                .extension("777").build();
    }
}
