package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.e2e.SimulatedPbx.Rights;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.DemoDriver;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Accept with remote answer, call back, and other extensions' traffic, end to end over the simulator. */
class OperatorActionsE2ETest {

    @Test
    void acceptWithRemoteAnswerAsksThePhoneToPickUpAndRecordsTheClick() throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, Rights.ADVANCED);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults().withRemoteAnswer(true), recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            // rings until a client answers it (PJSIPNotify talk) or hangs it up
            CallHandle call = sim.play(Scenario.rejected("777").withRing(Duration.ofSeconds(500)));
            String id = call.linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            String leg = call.operatorLeg().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.awaitStatus(id, CallStatus.INCOMING);

            Call accepted = engine.accept(id).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertNotNull(accepted.acceptedAt(), "accept sets accepted_at");
            Map<String, String> notify = sim.awaitAction("PJSIPNotify", m -> leg.equals(m.get("Channel")), WAIT)
                    .orElseThrow(() -> new AssertionError("no PJSIPNotify on " + leg + ": " + sim.receivedActions()));
            assertEquals("Event=talk", notify.get("Variable"));
            Call answered = recorder.awaitStatus(id, CallStatus.ANSWERED);
            assertEquals(accepted.acceptedAt(), answered.acceptedAt());
            assertNotNull(answered.answeredAt());
            Call completed = recorder.awaitStatus(id, CallStatus.COMPLETED);
            assertEquals(accepted.acceptedAt(), completed.acceptedAt(), "accepted_at survives to the end");
        }
    }

    @Test
    void callBackOriginatesFromTheOperatorsDeviceToTheNumber() throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, Rights.ADVANCED);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            engine.callBack("+1 (555) 123-4567").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            Map<String, String> originate = sim.awaitAction("Originate", m -> true, WAIT).orElseThrow();
            assertEquals("PJSIP/777", originate.get("Channel"));
            assertEquals("+15551234567", originate.get("Exten"));
            assertEquals("from-internal", originate.get("Context"));
            Call placed = recorder.await(c -> c.direction() == Direction.OUTBOUND && c.status() == CallStatus.COMPLETED,
                    "the originated call completes");
            assertEquals("+15551234567", placed.otherPartyNumber());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Rights.class, names = {"ADVANCED", "CLIENT"})
    void otherExtensionsTrafficNeverMakesACallFor777(Rights rights) throws Exception {
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, rights);
             CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            try (DemoDriver traffic = DemoDriver.background(sim, List.of("888", "999", "7770", "1777"),
                    Duration.ofMillis(5), 6)) {
                CallHandle other = sim.play(Scenario.answered("999"));
                CallHandle busy = sim.play(Scenario.missed("7770"));
                other.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                busy.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                // 777's own call, played after the others: once it is over, everything before it was seen
                String mine = sim.play(Scenario.answered("777")).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                recorder.awaitStatus(mine, CallStatus.COMPLETED);
            }
            List<Call> calls = recorder.calls();
            assertEquals(1, calls.size(), "only 777's own call: " + calls);
            assertTrue(calls.get(0).operatorChannel().startsWith("PJSIP/777-"), calls.get(0).operatorChannel());
        }
    }
}
