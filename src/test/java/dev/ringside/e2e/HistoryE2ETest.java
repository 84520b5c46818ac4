package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.call.CallStatus;
import dev.ringside.e2e.SimulatedPbx.Rights;
import dev.ringside.history.CallHistory;
import dev.ringside.history.CallPage;
import dev.ringside.history.CallQuery;
import dev.ringside.history.HistoryWriter;
import dev.ringside.history.Operator;
import dev.ringside.history.StoredCall;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's calls written by the HistoryWriter to a real H2 file, and read back after a reopen. */
class HistoryE2ETest {

    @Test
    void aMissedAndACompletedCallAreStoredOnceEachWithTheirFinalStatus(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("history");
        CallRecorder recorder = new CallRecorder();
        long operatorId;
        String missed;
        String completed;
        try (CallHistory history = CallHistory.open(db)) {
            Operator operator = history.ensureOperator("Operator 777", List.of("777"));
            operatorId = operator.id();
            try (PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, Rights.ADVANCED);
                 HistoryWriter writer = new HistoryWriter(history, operatorId);
                 CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), recorder)) {
                engine.addCallListener(writer);
                engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                missed = sim.play(Scenario.missed("777")).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                recorder.awaitStatus(missed, CallStatus.MISSED);
                completed = sim.play(Scenario.answered("777")).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                recorder.awaitStatus(completed, CallStatus.COMPLETED);
                writer.flush().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        assertTrue(Files.exists(dir.resolve("history.mv.db")), "a real H2 file");

        try (CallHistory reopened = CallHistory.open(db)) {
            CallPage page = reopened.find(CallQuery.forOperator(operatorId).build());
            List<StoredCall> rows = page.calls();
            assertEquals(2, rows.size(), "exactly one row per Linkedid: " + rows);
            Map<String, StoredCall> byLinkedId = rows.stream()
                    .collect(Collectors.toMap(r -> r.call().linkedId(), Function.identity()));
            assertEquals(CallStatus.MISSED, byLinkedId.get(missed).call().status());
            assertEquals(19, byLinkedId.get(missed).call().hangupCause());
            assertEquals(CallStatus.COMPLETED, byLinkedId.get(completed).call().status());
            assertNotNull(byLinkedId.get(completed).call().answeredAt());
            assertEquals("+15551234567", byLinkedId.get(completed).call().callerNumber());
            assertEquals(Map.of(CallStatus.MISSED, 1L, CallStatus.COMPLETED, 1L),
                    reopened.countByStatus(CallQuery.forOperator(operatorId).build()).entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    @Test
    void callsLeftLiveWhenRingsideQuitAreEndedAtTheNextLoginButLiveOnesStay(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("history");
        try (CallHistory history = CallHistory.open(db);
             PbxSimulator sim = SimulatedPbx.start(Technology.PJSIP, Rights.ADVANCED)) {
            long operatorId = history.ensureOperator("Operator 777", List.of("777")).id();
            // first run: a call rings, then Ringside quits while it still rings
            String abandoned;
            CallRecorder first = new CallRecorder();
            try (HistoryWriter writer = new HistoryWriter(history, operatorId);
                 CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), first)) {
                engine.addCallListener(writer);
                engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                abandoned = sim.play(Scenario.rejected("777").withRing(java.time.Duration.ofHours(1))).linkedid()
                        .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                first.awaitStatus(abandoned, CallStatus.INCOMING);
                writer.flush().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            assertEquals(CallStatus.INCOMING, history.find(operatorId, abandoned).orElseThrow().call().status());
            // meanwhile the PBX loses that call, and another one starts ringing
            sim.restart(false);
            String stillRinging = sim.play(Scenario.rejected("777").withRing(java.time.Duration.ofHours(1))).linkedid()
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            // second run: the PBX's channel list ends the abandoned call and keeps the live one
            CallRecorder second = new CallRecorder();
            try (HistoryWriter writer = new HistoryWriter(history, operatorId);
                 CallEngine engine = SimulatedPbx.engine(sim, EngineOptions.defaults(), second)) {
                engine.addCallListener(writer);
                java.util.concurrent.CompletableFuture<Integer> ended = new java.util.concurrent.CompletableFuture<>();
                engine.addSnapshotListener(live -> writer.endAbandonedLiveCalls(live).thenAccept(ended::complete));
                engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertEquals(1, ended.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
                second.awaitStatus(stillRinging, CallStatus.INCOMING);
                writer.flush().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
            StoredCall gone = history.find(operatorId, abandoned).orElseThrow();
            assertEquals(CallStatus.MISSED, gone.call().status(), "never left incoming");
            assertNotNull(gone.call().endedAt());
            assertEquals(CallStatus.INCOMING, history.find(operatorId, stillRinging).orElseThrow().call().status());
        }
    }
}
