package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.app.EngineTimings;
import dev.ringside.app.OperatorManagerConf;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.FilterDiagnosis;
import dev.ringside.call.TrackerTimings;
import dev.ringside.pbxsim.AsteriskConfig;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * manager.conf sections that hide what the tracker needs, over a real socket into a real engine:
 * calls still end on the evidence that does come (or on the PBX's channel list), and the engine
 * says what is wrong and how to fix it.
 */
class FilterProblemE2ETest {

    private static final String USER = "op777";
    private static final String SECRET = "s3cret";
    private static final EngineTimings FAST = EngineTimings.DEFAULT.withTick(Duration.ofMillis(50))
            .withDiagnosisWindow(Duration.ofMillis(500));

    private static String section(String... filters) {
        StringBuilder sb = new StringBuilder("[" + USER + "]\nsecret = " + SECRET
                + "\nread = call,agent\nwrite = call,originate,reporting,agent\n");
        for (String f : filters) {
            sb.append(f).append('\n');
        }
        return sb.toString();
    }

    private static PbxSimulator simulator(String managerConf) throws Exception {
        PbxSimulator sim = PbxSimulator.builder().managerConf(managerConf).technology(Technology.IAX2)
                .timeScale(SimulatedPbx.TIME_SCALE).build();
        sim.start(0);
        return sim;
    }

    private static CallEngine engine(PbxSimulator sim, EngineTimings timings, CallRecorder recorder) {
        AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username(USER).secret(SECRET)
                .connectTimeout(Duration.ofSeconds(5)).extension("777").build();
        CallEngine engine = new CallEngine(settings, EngineOptions.defaults(), timings);
        engine.addCallListener(recorder);
        return engine;
    }

    /** The README's old section, as Asterisk loads it: the channel filter lost to its ';', the member filter left. */
    @Test
    void theOldReadmeFiltersAreNoticedAndQueueCallsStillEnd() throws Exception {
        CallRecorder recorder = new CallRecorder();
        CompletableFuture<Optional<FilterDiagnosis.Finding>> told = new CompletableFuture<>();
        try (PbxSimulator sim = simulator(section("eventfilter = Channel: [^[:space:]]*/777[-@/;]",
                "eventfilter = (Interface|StateInterface): [^[:space:]]*/777"));
             CallEngine engine = engine(sim, FAST, recorder)) {
            engine.addFilterProblemListener(told::complete);
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            String id = sim.play(Scenario.localQueue("777", "888")).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Call done = recorder.awaitStatus(id, CallStatus.COMPLETED);
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.ANSWERED, CallStatus.COMPLETED), recorder.statusesOf(id),
                    "AgentComplete ends it: no Hangup of the operator's legs ever arrives");
            assertEquals("localq", done.queue());
            Optional<FilterDiagnosis.Finding> finding = told.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(java.util.Set.of("777"), finding.orElseThrow().numbers());
            assertEquals("ringside pbx-config --extension 777 --user op777 --asterisk 22.10.1", engine.filterFixCommand());
        }
    }

    @Test
    void theSectionPbxConfigPrintsIsNeverBlamed() throws Exception {
        String section = OperatorManagerConf.forOperator(List.of("777"), USER, "22.10.1").render();
        String secret = AsteriskConfig.parse(section).categories().get(0).variables().stream()
                .filter(v -> v.name().equals("secret")).findFirst().orElseThrow().value();
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = simulator(section.replace(secret, SECRET));
             CallEngine engine = engine(sim, FAST, recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            for (Scenario s : List.of(Scenario.localQueue("777", "888"), Scenario.ringGroup("777", "888"),
                    Scenario.queue("777"))) {
                recorder.awaitStatus(sim.play(s).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS),
                        CallStatus.COMPLETED);
            }
            String last = sim.play(Scenario.answered("777")).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            recorder.awaitStatus(last, CallStatus.COMPLETED);
            assertTrue(engine.filterProblem().isEmpty());
        }
    }

    /** Filters that let the call begin and be answered but hide every sign of its end. */
    @Test
    void aCallWhoseEndIsHiddenIsClosedByTheChannelListWhenLastSeenAlive() throws Exception {
        CallRecorder recorder = new CallRecorder();
        EngineTimings checkOften = FAST.withLiveness(Duration.ofMillis(100), Duration.ZERO);
        try (PbxSimulator sim = simulator(section("eventfilter(action(include),name(AgentCalled)) =",
                "eventfilter(action(include),name(AgentConnect)) ="));
             CallEngine engine = engine(sim, checkOften, recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            var call = sim.play(Scenario.queue("777").withTalk(Duration.ofSeconds(30)));
            String id = call.linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Call answered = recorder.awaitStatus(id, CallStatus.ANSWERED);
            call.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Instant gone = Instant.now();
            Call closed = recorder.awaitStatus(id, CallStatus.COMPLETED);
            assertFalse(closed.endedAt().isAfter(gone), "ended when last listed, before the PBX dropped it: " + closed);
            assertFalse(closed.endedAt().isBefore(answered.answeredAt()));
            assertTrue(closed.talkTime().toMillis() >= 400, "about 30 s x 0.02 of talk: " + closed.talkTime());
        }
    }

    /** Ringall, 15 s member timeout, nobody answers three rounds, then the caller gives up. */
    @Test
    void queueRoundsMakeOneRingingCallThatIsMissedOnce() throws Exception {
        String section = OperatorManagerConf.forOperator(List.of("777"), USER, "22.10.1").render();
        String secret = AsteriskConfig.parse(section).categories().get(0).variables().stream()
                .filter(v -> v.name().equals("secret")).findFirst().orElseThrow().value();
        CallRecorder recorder = new CallRecorder();
        EngineTimings timings = FAST.withTracker(TrackerTimings.DEFAULT.withQueueRoundGrace(Duration.ofSeconds(1)));
        try (PbxSimulator sim = simulator(section.replace(secret, SECRET));
             CallEngine engine = engine(sim, timings, recorder)) {
            engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            var call = sim.play(Scenario.localQueueUnanswered("777", "888", 3));
            String id = call.linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            call.finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            Call missed = recorder.awaitStatus(id, CallStatus.MISSED);
            assertEquals(List.of(CallStatus.INCOMING, CallStatus.MISSED), recorder.statusesOf(id),
                    "no missed-then-ringing-again between rounds");
            assertTrue(missed.ringTime().toMillis() >= 3 * 15_000 * SimulatedPbx.TIME_SCALE,
                    "rang all three rounds: " + missed.ringTime());
            assertEquals(1, recorder.calls().size());
        }
    }
}
