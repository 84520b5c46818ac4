package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session against the PBX simulator over loopback TCP: its own frame reader, asterisk-java for login and actions. */
class AmiSessionSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "op777-secret";

    private PbxSimulator sim;
    private AmiSession session;
    private final Recorder recorder = new Recorder();
    private final java.util.Set<Thread> threadsBefore = AmiSessionLoginErrorsTest.sessionThreadsNow();

    @AfterEach
    void tearDown() throws Exception {
        if (session != null) {
            session.close();
            assertInstanceOf(ConnectionState.Disconnected.class, session.state());
        }
        if (sim != null) {
            sim.close();
        }
        AmiSessionLoginErrorsTest.assertNoSessionThreads(threadsBefore);
    }

    @Test
    void wrongSecretIsSaidPlainly() throws Exception {
        startSim(AmiUser.admin("op777", SECRET), Technology.PJSIP);
        session = new AmiSession(settings("not-the-secret"), recorder);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        AmiException cause = assertInstanceOf(AmiException.class, e.getCause());
        assertEquals(new AmiError(AmiError.Kind.WRONG_CREDENTIALS, "Wrong AMI username or secret"), cause.error());
        assertEquals(new ConnectionState.Failed(cause.error()), session.state());
    }

    @Test
    void advancedFiltersAreSentAndOnlyTheOperatorsCallsArrive() throws Exception {
        startSim(AmiUser.admin("op777", SECRET), Technology.PJSIP);
        session = new AmiSession(settings(SECRET), recorder);
        ConnectionState.Connected connected = session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertEquals(new ConnectionState.Connected("22.10.1", true), connected);
        assertEquals(FilterMode.ADVANCED, session.filterMode());
        assertTrue(sim.awaitAction("Filter", m -> "action(include),header(Channel),method(regex)"
                .equals(m.get("MatchCriteria")) && session.filter().channelRegex().equals(m.get("Filter")), WAIT)
                .isPresent());
        assertEquals(session.filter().advancedFilters().size(), countActions("Filter"));
        assertNotNull(recorder.snapshots.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "a snapshot after login");

        sim.play(Scenario.answered("999")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        CallHandle mine = sim.play(Scenario.answered("777"));
        String leg = mine.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        mine.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        PbxEvent hangup = recorder.awaitEvent(e -> e.is("Hangup") && leg.equals(e.get("Channel")));
        assertTrue(leg.startsWith("PJSIP/777-"), leg);
        assertEquals(16, hangup.getInt("Cause"));
        for (PbxEvent e : recorder.allEvents()) {
            assertFalse(e.get("Channel").startsWith("PJSIP/999-") || e.get("DestChannel").startsWith("PJSIP/999-"),
                    "a call to 999 leaked: " + e);
            assertFalse(e.is("VarSet") || e.is("Newexten"), "noise leaked: " + e);
        }
    }

    @Test
    void withoutWriteSystemTheClientFiltersAndSaysSo() throws Exception {
        AmiUser leastPrivilege = AmiUser.builder("op777", SECRET).read("call,user,agent").write("call,originate")
                .build();
        startSim(leastPrivilege, Technology.IAX2);
        session = new AmiSession(settings(SECRET), recorder);
        ConnectionState.Connected connected = session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertFalse(connected.serverFiltered());
        assertEquals(FilterMode.CLIENT, session.filterMode());
        sim.play(Scenario.answered("999")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        CallHandle mine = sim.play(Scenario.answered("777"));
        String leg = mine.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        recorder.awaitEvent(e -> e.is("Hangup") && leg.equals(e.get("Channel")));
        assertTrue(session.eventsReceived() > session.eventsDelivered(), "the PBX sent everything, we kept less");
        for (PbxEvent e : recorder.allEvents()) {
            assertFalse(e.get("Channel").startsWith("IAX2/999-"), "a call to 999 leaked: " + e);
        }
    }

    @Test
    void rejectHangsUpTheOperatorLegWithCause21() throws Exception {
        startSim(AmiUser.admin("op777", SECRET), Technology.PJSIP);
        session = new AmiSession(settings(SECRET), recorder);
        session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofSeconds(60)));
        String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        recorder.awaitEvent(e -> e.is("DialBegin") && leg.equals(e.get("DestChannel")));

        session.hangup(leg, 21).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        Map<String, String> sent = sim.awaitAction("Hangup", m -> leg.equals(m.get("Channel")), WAIT).orElseThrow();
        assertEquals("21", sent.get("Cause"));
        PbxEvent hangup = recorder.awaitEvent(e -> e.is("Hangup") && leg.equals(e.get("Channel")));
        assertEquals(21, hangup.getInt("Cause"));
    }

    @Test
    void theOtherActionsReachThePbx() throws Exception {
        startSim(AmiUser.admin("op777", SECRET), Technology.PJSIP);
        session = new AmiSession(settings(SECRET), recorder);
        session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        session.originate("PJSIP/777", "5551112222", "from-internal", "Operator <777>")
                .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, String> originate = sim.awaitAction("Originate", m -> "PJSIP/777".equals(m.get("Channel")), WAIT)
                .orElseThrow();
        assertEquals("5551112222", originate.get("Exten"));
        assertEquals("true", originate.get("Async").toLowerCase(java.util.Locale.ROOT));

        session.queuePause("support", "PJSIP/777", true, "lunch").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, String> pause = sim.awaitAction("QueuePause", m -> "PJSIP/777".equals(m.get("Interface")), WAIT)
                .orElseThrow();
        assertEquals("support", pause.get("Queue"));
        assertEquals("lunch", pause.get("Reason"));

        CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofSeconds(60)));
        String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        session.remoteAnswer(leg).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, String> notify = sim.awaitAction("PJSIPNotify", m -> leg.equals(m.get("Channel")), WAIT)
                .orElseThrow();
        assertEquals("Event=talk", notify.get("Variable"));

        List<PbxEvent> channels = session.coreShowChannels().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(channels.stream().anyMatch(e -> leg.equals(e.get("Channel"))), "live: " + channels);

        ExecutionException gone = assertThrows(ExecutionException.class,
                () -> session.hangup("PJSIP/777-deadbeef", 21).get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        AmiException error = assertInstanceOf(AmiException.class, gone.getCause());
        assertEquals(AmiError.Kind.CALL_ENDED, error.error().kind());
    }

    @Test
    void afterAPbxRestartItReconnectsReappliesFiltersAndReportsTheLiveChannels() throws Exception {
        startSim(AmiUser.admin("op777", SECRET), Technology.PJSIP);
        session = new AmiSession(settings(SECRET), recorder,
                new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
        session.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(recorder.snapshots.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        CallHandle call = sim.play(Scenario.answered("777").withTalk(Duration.ofSeconds(600)));
        String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        recorder.awaitEvent(e -> e.is("BridgeEnter") && leg.equals(e.get("Channel")));
        recorder.states.clear();

        sim.restart(); // the call's channels vanish without a Hangup, as after a crash

        ConnectionState.Reconnecting reconnecting = (ConnectionState.Reconnecting) recorder.awaitState(
                s -> s instanceof ConnectionState.Reconnecting);
        assertEquals(1, reconnecting.attempt());
        assertFalse(reconnecting.reason().isBlank());
        assertTrue(reconnecting.nextAttemptAt().isAfter(Instant.now().minusSeconds(5)));
        recorder.awaitState(s -> s instanceof ConnectionState.Connected);
        Snapshot after = recorder.snapshots.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(after, "a snapshot after the reconnect");
        assertTrue(after.channels.stream().noneMatch(e -> leg.equals(e.get("Channel"))),
                "the vanished leg must not be live: " + after.channels);
        assertEquals(2 * session.filter().advancedFilters().size(), countActions("Filter"), "filters sent again");
        assertInstanceOf(ConnectionState.Connected.class, session.state());
    }

    private void startSim(AmiUser user, Technology technology) throws Exception {
        sim = PbxSimulator.builder().user(user).technology(technology).timeScale(0.05).queueMember("support", "777")
                .build();
        sim.start(0);
    }

    private AmiSettings settings(String secret) {
        return AmiSettings.builder().host("127.0.0.1").port(sim.port()).username("op777").secret(secret)
                .connectTimeout(Duration.ofSeconds(5)).extension("777").build();
    }

    private long countActions(String name) {
        return sim.receivedActions().stream().filter(m -> name.equalsIgnoreCase(m.get("Action"))).count();
    }

    private record Snapshot(List<PbxEvent> channels, Instant takenAt) {
    }

    /** Collects what the session reports; every callback runs on the session's event thread. */
    private static final class Recorder implements AmiSession.Listener {
        final BlockingQueue<PbxEvent> events = new LinkedBlockingQueue<>();
        final List<PbxEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        final BlockingQueue<Snapshot> snapshots = new LinkedBlockingQueue<>();
        final BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(PbxEvent event) {
            seen.add(event);
            events.add(event);
        }

        @Override
        public void onChannelsSnapshot(List<PbxEvent> coreShowChannelEvents, Instant takenAt) {
            snapshots.add(new Snapshot(coreShowChannelEvents, takenAt));
        }

        @Override
        public void onStateChanged(ConnectionState state) {
            states.add(state);
        }

        List<PbxEvent> allEvents() {
            return List.copyOf(seen);
        }

        PbxEvent awaitEvent(Predicate<PbxEvent> match) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (PbxEvent e : seen) {
                if (match.test(e)) {
                    return e;
                }
            }
            while (true) {
                PbxEvent e = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no such event within " + WAIT + "; saw " + seen.size());
                }
                if (match.test(e)) {
                    return e;
                }
            }
        }

        ConnectionState awaitState(Predicate<ConnectionState> match) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                ConnectionState s = states.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (s == null) {
                    throw new AssertionError("no such state within " + WAIT);
                }
                if (match.test(s)) {
                    return s;
                }
            }
        }
    }
}
