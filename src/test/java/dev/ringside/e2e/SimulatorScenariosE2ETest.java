package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.ConnectionState;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.e2e.SimulatedPbx.Rights;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scripted call kind of the PBX simulator, over loopback TCP through asterisk-java into a
 * real {@link CallEngine}, on every channel technology and whoever filters the events: the same
 * outcome for the operator of extension 777.
 */
class SimulatorScenariosE2ETest {

    static Stream<Arguments> setups() {
        return Stream.of(Technology.values())
                .flatMap(tech -> Stream.of(Rights.values()).map(rights -> Arguments.of(tech, rights)));
    }

    @ParameterizedTest(name = "{0}, {1} filtering")
    @MethodSource("setups")
    void everyScenarioEndsTheSameWhoeverFilters(Technology tech, Rights rights) throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(tech, rights);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
            ConnectionState.Connected connected = engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertFiltering(sim, rights, connected);
            String prefix = tech.name() + "/777-";

            Call answered = recorder.awaitStatus(play(sim, Scenario.answered("777")), CallStatus.COMPLETED);
            assertEquals("+15551234567", answered.callerNumber());
            assertEquals("John Caller", answered.callerName());
            assertEquals(Direction.INBOUND, answered.direction());
            assertNotNull(answered.answeredAt());
            assertTrue(answered.operatorChannel().startsWith(prefix), answered.operatorChannel());
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                    recorder.statusesOf(answered.linkedId()));

            Call missed = recorder.awaitStatus(play(sim, Scenario.missed("777")), CallStatus.MISSED);
            assertEquals(19, missed.hangupCause());
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.MISSED), recorder.statusesOf(missed.linkedId()));

            CallHandle ringing = sim.play(Scenario.rejected("777").withRing(Duration.ofSeconds(500)));
            String rejectedId = ringing.linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            String leg = ringing.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.awaitStatus(rejectedId, CallStatus.INCOMING);
            engine.reject(rejectedId).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> hangup = sim.awaitAction("Hangup", m -> leg.equals(m.get("Channel")), WAIT)
                    .orElseThrow(() -> new AssertionError("no Hangup on the operator leg " + leg));
            assertEquals("21", hangup.get("Cause"));
            Call rejected = recorder.awaitStatus(rejectedId, CallStatus.REJECTED);
            assertEquals(21, rejected.hangupCause());
            assertNull(rejected.answeredAt());
            ringing.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.REJECTED), recorder.statusesOf(rejectedId),
                    "the caller's voicemail after the reject changes nothing");

            Call elsewhere = recorder.awaitStatus(play(sim, Scenario.answeredElsewhere("777", "999")), CallStatus.MISSED);
            assertEquals(26, elsewhere.hangupCause());
            assertNull(elsewhere.answeredAt());

            Call queued = recorder.awaitStatus(play(sim, Scenario.queue("777")), CallStatus.COMPLETED);
            assertEquals("support", queued.queue());
            assertEquals("+15551234567", queued.callerNumber());

            Call outbound = recorder.awaitStatus(play(sim, Scenario.outbound("777", "5551112222")), CallStatus.COMPLETED);
            assertEquals(Direction.OUTBOUND, outbound.direction());
            assertEquals("5551112222", outbound.otherPartyNumber());

            Call internal = recorder.awaitStatus(play(sim, Scenario.internal("777", "999")), CallStatus.COMPLETED);
            assertEquals(Direction.INTERNAL, internal.direction());
            assertEquals("999", internal.callerNumber());

            Call transferred = recorder.awaitStatus(play(sim, Scenario.attendedTransferTo("777", "888")),
                    CallStatus.COMPLETED);
            assertEquals("+15557654321", transferred.callerNumber(), "the transferee, not the transferer");
            assertEquals("Bob", transferred.callerName());
            assertEquals(Direction.INBOUND, transferred.direction());
            assertTrue(transferred.talkTime().compareTo(transferred.ringTime()) > 0,
                    "rang 3 s, talked 10.5 s (scaled): " + transferred);
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED),
                    recorder.statusesOf(transferred.linkedId()));

            for (Scenario pickup : List.of(Scenario.pickup("777", "888"), Scenario.groupPickup("777", "888"))) {
                Call picked = recorder.awaitStatus(play(sim, pickup), CallStatus.COMPLETED);
                assertEquals("+15557654321", picked.callerNumber(), pickup.toString());
                assertEquals(Direction.INBOUND, picked.direction());
                assertNotNull(picked.answeredAt());
                assertTrue(picked.operatorChannel().startsWith(prefix), picked.operatorChannel());
            }

            assertEquals(10, recorder.calls().size(), "one call per scenario: " + recorder.calls());
            assertTrue(engine.liveCalls().isEmpty(), "nothing left ringing: " + engine.liveCalls());
        }
    }

    private static String play(PbxSimulator sim, Scenario scenario) throws Exception {
        return sim.play(scenario).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void assertFiltering(PbxSimulator sim, Rights rights, ConnectionState.Connected connected) {
        List<Map<String, String>> filters = sim.receivedActions().stream()
                .filter(m -> "Filter".equalsIgnoreCase(m.get("Action"))).toList();
        assertFalse(filters.isEmpty(), "the engine asks the PBX to filter");
        assertEquals(rights != Rights.CLIENT, connected.serverFiltered());
        switch (rights) {
            case ADVANCED -> assertTrue(filters.stream().allMatch(m -> m.get("MatchCriteria") != null), filters.toString());
            case LEGACY -> assertTrue(filters.stream().noneMatch(m -> m.get("MatchCriteria") != null), filters.toString());
            case CLIENT -> assertEquals(1, filters.size(), "the first refusal ends the attempt: " + filters);
        }
    }
}
