package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A login without write=system or reporting may not send CoreShowChannels; the session then takes
 * its channel snapshot with Status (write=call is enough), over loopback TCP.
 */
class AmiSessionStatusSnapshotTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration LONG = Duration.ofSeconds(600);
    private static final String SECRET = "op777-secret";
    private static final AmiUser LEAST_PRIVILEGE = AmiUser.builder("op777", SECRET).read("call,user,agent")
            .write("call,originate").build();

    private PbxSimulator sim;
    private final List<AmiSession> sessions = new ArrayList<>();
    private final java.util.Set<Thread> threadsBefore = AmiSessionLoginErrorsTest.sessionThreadsNow();

    @AfterEach
    void tearDown() throws Exception {
        for (AmiSession s : sessions) {
            s.close();
        }
        if (sim != null) {
            sim.close();
        }
        AmiSessionLoginErrorsTest.assertNoSessionThreads(threadsBefore);
    }

    @Test
    void aWriteCallLoginGetsItsSnapshotFromStatusAfterEveryLogin() throws Exception {
        startSim(Technology.PJSIP, LEAST_PRIVILEGE);
        CallHandle before = sim.play(Scenario.rejected("777").withRing(LONG));
        String ringingLeg = before.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Snapshots snapshots = new Snapshots();
        AmiSession session = open("op777", snapshots, new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)));

        Snapshot first = snapshots.next();
        PbxEvent ringing = first.channel(ringingLeg);
        assertEquals("CoreShowChannel", ringing.name());
        assertEquals(before.linkedid().get(), ringing.get("Linkedid"));
        assertEquals(5, ringing.getInt("ChannelState"));
        assertEquals("Ringing", ringing.get("ChannelStateDesc"));
        assertTrue(ringing.get("Duration").matches("\\d\\d:\\d\\d:\\d\\d"), ringing.get("Duration"));
        assertFalse(ringing.get("Uniqueid").isEmpty());
        assertEquals(1, countActions("CoreShowChannels"));
        assertEquals(1, countActions("Status"));

        sim.restart(); // every channel vanishes without a Hangup, as after a crash

        Snapshot after = snapshots.next();
        assertTrue(after.channels().isEmpty(), "the ringing leg did not survive the crash: " + after.channels());
        assertInstanceOf(ConnectionState.Connected.class, session.state());
        assertEquals(2, countActions("CoreShowChannels"), "CoreShowChannels tried after each login");
        assertEquals(2, countActions("Status"), "then Status after each login");
    }

    @Test
    void theStatusSnapshotReadsLikeTheCoreShowChannelsOne() throws Exception {
        startSim(Technology.IAX2, LEAST_PRIVILEGE, AmiUser.admin("admin", SECRET));
        Snapshots admin = new Snapshots();
        AmiSession adminSession = open("admin", admin, ReconnectBackoff.DEFAULT);
        admin.next();
        String leg = sim.play(Scenario.answered("777").withTalk(LONG)).operatorLeg()
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        admin.awaitEvent(e -> e.is("BridgeEnter") && leg.equals(e.get("Channel")));
        String ringingLeg = sim.play(Scenario.rejected("777").withRing(LONG)).operatorLeg()
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        admin.awaitEvent(e -> e.is("Newstate") && ringingLeg.equals(e.get("Channel")) && e.getInt("ChannelState") == 5);

        Snapshots viaStatus = new Snapshots();
        open("op777", viaStatus, ReconnectBackoff.DEFAULT);
        Snapshot status = viaStatus.next();
        Snapshot core = new Snapshot(adminSession.coreShowChannels().get(WAIT.toMillis(), TimeUnit.MILLISECONDS),
                Instant.now());

        assertEquals(1, countActions("Status"), "only the least-privilege login needed Status");
        assertEquals(channelNames(core), channelNames(status));
        for (String channel : List.of(leg, ringingLeg)) {
            PbxEvent fromStatus = status.channel(channel);
            PbxEvent fromCore = core.channel(channel);
            for (String header : List.of("Channel", "Uniqueid", "Linkedid", "ChannelState", "ChannelStateDesc",
                    "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Context", "Exten",
                    "Application", "ApplicationData", "BridgeId")) {
                assertEquals(fromCore.get(header), fromStatus.get(header), channel + " " + header);
            }
            long coreSeconds = seconds(fromCore.get("Duration"));
            long statusSeconds = seconds(fromStatus.get("Duration"));
            assertTrue(Math.abs(coreSeconds - statusSeconds) <= 1,
                    fromCore.get("Duration") + " / " + fromStatus.get("Duration"));
        }
        assertTrue(status.channel(leg).has("BridgeId"), "the answered leg is in a bridge");
        assertFalse(status.channel(ringingLeg).has("BridgeId"), "the ringing leg is not");
    }

    @Test
    void whenBothListsAreRefusedThereIsNoSnapshotAndTheErrorSaysWhy() throws Exception {
        startSim(Technology.PJSIP, AmiUser.builder("op777", SECRET).read("call").write("originate").build());
        Snapshots snapshots = new Snapshots();
        AmiSession session = open("op777", snapshots, ReconnectBackoff.DEFAULT);

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> session.coreShowChannels().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        AmiException cause = assertInstanceOf(AmiException.class, e.getCause());
        assertEquals(AmiError.Kind.PERMISSION_DENIED, cause.error().kind());
        assertEquals("The AMI user op777 may send neither CoreShowChannels nor Status "
                + "(Status needs write=call, reporting or system)", cause.error().message());
        // the login's own attempt was answered before this one (one connection, one event thread)
        assertEquals(2, countActions("Status"));
        assertNull(snapshots.queue.poll(), "a refused list is never handed over as an empty snapshot");
        assertInstanceOf(ConnectionState.Connected.class, session.state());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void startSim(Technology technology, AmiUser... users) throws Exception {
        PbxSimulator.Builder b = PbxSimulator.builder().technology(technology).timeScale(0.05);
        for (AmiUser u : users) {
            b.user(u);
        }
        sim = b.build();
        sim.start(0);
    }

    private AmiSession open(String username, Snapshots listener, ReconnectBackoff backoff) throws Exception {
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username(username)
                .secret(SECRET).connectTimeout(Duration.ofSeconds(5)).extension("777").build();
        AmiSession session = new AmiSession(settings, listener, backoff);
        sessions.add(session);
        session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return session;
    }

    private long countActions(String name) {
        return sim.receivedActions().stream().filter(m -> name.equalsIgnoreCase(m.get("Action"))).count();
    }

    private static List<String> channelNames(Snapshot s) {
        return s.channels().stream().map(e -> e.get("Channel")).sorted().toList();
    }

    private static long seconds(String hhmmss) {
        String[] p = hhmmss.split(":");
        return Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2]);
    }

    private record Snapshot(List<PbxEvent> channels, Instant takenAt) {
        PbxEvent channel(String name) {
            return channels.stream().filter(e -> name.equals(e.get("Channel"))).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not in " + channels));
        }
    }

    /** What a session reports; every callback runs on the session's event thread. */
    private static final class Snapshots implements AmiSession.Listener {
        final BlockingQueue<Snapshot> queue = new LinkedBlockingQueue<>();
        final BlockingQueue<PbxEvent> events = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(PbxEvent event) {
            events.add(event);
        }

        PbxEvent awaitEvent(Predicate<PbxEvent> match) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                PbxEvent e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertNotNull(e, "no such event within " + WAIT);
                if (match.test(e)) {
                    return e;
                }
            }
        }

        @Override
        public void onChannelsSnapshot(List<PbxEvent> channels, Instant takenAt) {
            queue.add(new Snapshot(channels, takenAt));
        }

        Snapshot next() throws InterruptedException {
            Snapshot s = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(s, "no channel snapshot within " + WAIT);
            return s;
        }
    }
}
