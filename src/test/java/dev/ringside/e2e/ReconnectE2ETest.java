package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.ConnectionState;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.e2e.SimulatedPbx.Rights;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A PBX restart under a live engine: reconnect, filters again, and the calls reconciled. */
class ReconnectE2ETest {

    private static final Duration LONG = Duration.ofSeconds(500);

    @Test
    void callsLostInACrashAreClosedNeverLeftLive() throws Exception {
        callsLostInACrashAreClosed(Rights.ADVANCED);
    }

    /**
     * A least-privilege user (write=call,originate) may not send CoreShowChannels (Asterisk wants
     * system or reporting); the snapshot then comes from Status (call is enough), and the calls the
     * crash took are closed all the same.
     */
    @Test
    void callsLostInACrashAreClosedForALeastPrivilegeUserToo() throws Exception {
        callsLostInACrashAreClosed(Rights.CLIENT);
    }

    private void callsLostInACrashAreClosed(Rights rights) throws Exception {
        CallRecorder recorder = new CallRecorder();
        StateRecorder states = new StateRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, rights);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
            engine.addStateListener(states);
            java.util.concurrent.atomic.AtomicReference<java.time.Instant> dropSeen = new java.util.concurrent.atomic.AtomicReference<>();
            engine.addStateListener(state -> {
                if (state instanceof ConnectionState.Reconnecting) {
                    dropSeen.compareAndSet(null, java.time.Instant.now());
                }
            });
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            long filtersAtLogin = count(sim, "Filter");
            String ringing = sim.play(Scenario.rejected("777").withRing(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            String talking = sim.play(Scenario.answered("777").withTalk(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.awaitStatus(ringing, CallStatus.INCOMING);
            recorder.awaitStatus(talking, CallStatus.ANSWERED);
            int before = states.size();

            sim.restart(false); // the channels vanish without a Hangup, as after a crash

            states.awaitFrom(before, ConnectionState.Reconnecting.class);
            states.awaitFrom(before, ConnectionState.Connected.class);
            Call missed = recorder.awaitStatus(ringing, CallStatus.MISSED);
            Call completed = recorder.awaitStatus(talking, CallStatus.COMPLETED);
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.MISSED), recorder.statusesOf(ringing));
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                    recorder.statusesOf(talking));
            assertTrue(missed.endedAt() != null && completed.endedAt() != null);
            assertFalse(completed.endedAt().isAfter(dropSeen.get()),
                    "the talk ends when the PBX went away, not when we got back: " + completed);
            assertFalse(missed.endedAt().isAfter(dropSeen.get()), "and the ringing too: " + missed);
            assertTrue(engine.liveCalls().isEmpty(), "nothing left live: " + engine.liveCalls());
            assertEquals(2 * filtersAtLogin, count(sim, "Filter"), "the filters are sent again after the reconnect");
            assertEquals(2, count(sim, "CoreShowChannels"), "a channel snapshot asked after each login");
            assertEquals(rights == Rights.CLIENT ? 2 : 0, count(sim, "Status"),
                    "Status only where CoreShowChannels is refused");
        }
    }

    @Test
    void aCallThatOutlivesTheRestartIsStillTracked() throws Exception {
        CallRecorder recorder = new CallRecorder();
        StateRecorder states = new StateRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, Rights.ADVANCED);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
            engine.addStateListener(states);
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            CallHandle call = sim.play(Scenario.rejected("777").withRing(LONG));
            String id = call.linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.awaitStatus(id, CallStatus.INCOMING);
            int before = states.size();

            sim.restart(true); // only the manager went away: the call rings on

            states.awaitFrom(before, ConnectionState.Reconnecting.class);
            states.awaitFrom(before, ConnectionState.Connected.class);
            awaitEngineCaughtUp(sim, engine, recorder);
            assertEquals(List.of(CallStatus.INCOMING), recorder.statusesOf(id), "the snapshot keeps the live call");
            assertTrue(engine.liveCalls().stream().anyMatch(c -> c.linkedId().equals(id)), engine.liveCalls().toString());

            engine.reject(id).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> hangup = sim.awaitAction("Hangup", m -> leg.equals(m.get("Channel")), WAIT).orElseThrow();
            assertEquals("21", hangup.get("Cause"));
            recorder.awaitStatus(id, CallStatus.REJECTED);
            assertFalse(recorder.statusesOf(id).contains(CallStatus.MISSED), recorder.statusesOf(id).toString());
        }
    }

    /**
     * Waits until the engine has applied the snapshot after the reconnect. The simulator answers
     * actions in order, so once QueuePause (sent after the second CoreShowChannels) is answered, the
     * list is on the wire; a call played after that comes behind it, and events reach the tracker in
     * wire order.
     */
    private static void awaitEngineCaughtUp(PbxSimulator sim, CallEngine engine, CallRecorder recorder) throws Exception {
        AtomicInteger lists = new AtomicInteger();
        assertTrue(sim.awaitAction("CoreShowChannels", m -> lists.incrementAndGet() == 2, WAIT).isPresent(),
                "no second CoreShowChannels");
        engine.queuePause("support", false, "").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        String marker = sim.play(Scenario.rejected("777").withRing(LONG)).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        recorder.awaitStatus(marker, CallStatus.INCOMING);
    }

    private static long count(PbxSimulator sim, String action) {
        return sim.receivedActions().stream().filter(m -> action.equalsIgnoreCase(m.get("Action"))).count();
    }
}
