package dev.ringside.e2e;

import static dev.ringside.e2e.CallRecorder.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.app.CallEngine;
import dev.ringside.app.EngineOptions;
import dev.ringside.app.OperatorManagerConf;
import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;
import dev.ringside.pbxsim.AsteriskConfig;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.pbxsim.Technology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An operator whose AMI user is exactly what {@code pbx-config} prints (advanced filters on
 * 22.10.1, legacy regex on 18.20.0), over a real socket into a real engine: direct, queue,
 * Local-channel queue, ring-group, attended-transfer and pickup calls all come out complete and right.
 */
class ManagerConfE2ETest {

    /** The section exactly as the README shows it (pbx-config's output for 22.10.1, checked equal elsewhere). */
    private static String readmeSection() throws Exception {
        Matcher block = Pattern.compile("```ini\n(; Ringside operator op777 .*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "the README shows the section");
        return block.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"22.10.1", "18.20.0", "README"})
    void everyCallKindComesOutRightThroughThePrintedSection(String source) throws Exception {
        String version = source.equals("README") ? "22.10.1" : source;
        String section = source.equals("README") ? readmeSection()
                : OperatorManagerConf.forOperator(List.of("777"), "op777", version).render();
        String secret = AsteriskConfig.parse(section).categories().get(0).variables().stream()
                .filter(v -> v.name().equals("secret")).findFirst().orElseThrow().value();
        CallRecorder recorder = new CallRecorder();
        try (PbxSimulator sim = PbxSimulator.builder().managerConf(section).technology(Technology.IAX2)
                .asteriskVersion(version).timeScale(SimulatedPbx.TIME_SCALE).build()) {
            sim.start(0);
            AmiSettings settings = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username("op777")
                    .secret(secret).connectTimeout(Duration.ofSeconds(5)).extension("777").build();
            try (CallEngine engine = new CallEngine(settings, EngineOptions.defaults())) {
                engine.addCallListener(recorder);
                assertFalse(engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).serverFiltered(),
                        "no write=system: the app adds no filters of its own, manager.conf's do the work");

                Call direct = recorder.awaitStatus(play(sim, Scenario.answered("777")), CallStatus.COMPLETED);
                assertEquals("+15551234567", direct.callerNumber());
                assertEquals("John Caller", direct.callerName());
                assertEquals(Direction.INBOUND, direct.direction());
                assertEquals(16, direct.hangupCause());

                Call queued = recorder.awaitStatus(play(sim, Scenario.queue("777")), CallStatus.COMPLETED);
                assertEquals("support", queued.queue());
                assertEquals("+15551234567", queued.callerNumber());

                Call local = recorder.awaitStatus(play(sim, Scenario.localQueue("777", "888")), CallStatus.COMPLETED);
                assertEquals("localq", local.queue());
                assertEquals("+15551234567", local.callerNumber());
                assertEquals("777", local.answeredBy());
                assertNotNull(local.answeredAt());
                assertTrue(local.talkTime().compareTo(local.ringTime()) > 0, "talks 8.5 s after 3 s of ringing: " + local);

                Call group = recorder.awaitStatus(play(sim, Scenario.ringGroup("777", "888")), CallStatus.COMPLETED);
                assertEquals("+15551234567", group.callerNumber(), "the leg says 700; the caller is its connected line");
                assertEquals("777", group.answeredBy());

                Call elsewhere = recorder.awaitStatus(play(sim, Scenario.answeredElsewhere("777", "888")),
                        CallStatus.MISSED);
                assertEquals(26, elsewhere.hangupCause());
                assertNull(elsewhere.answeredAt());

                Call transferred = recorder.awaitStatus(play(sim, Scenario.attendedTransferTo("777", "888")),
                        CallStatus.COMPLETED);
                assertEquals("+15557654321", transferred.callerNumber());
                assertEquals(Direction.INBOUND, transferred.direction());

                Call picked = recorder.awaitStatus(play(sim, Scenario.pickup("777", "888")), CallStatus.COMPLETED);
                assertEquals("+15557654321", picked.callerNumber());

                sim.play(Scenario.answered("888")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                recorder.awaitStatus(play(sim, Scenario.answered("777")), CallStatus.COMPLETED);
                assertEquals(8, recorder.calls().size(), "one call each, none for 888: " + recorder.calls());
                assertTrue(recorder.calls().stream().allMatch(c -> "777".equals(c.operatorNumber())));
                assertTrue(engine.liveCalls().isEmpty(), "nothing left live: " + engine.liveCalls());
            }
        }
    }

    private static String play(PbxSimulator sim, Scenario scenario) throws Exception {
        return sim.play(scenario).linkedid().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
