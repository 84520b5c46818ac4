package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ami.AmiSettings;
import dev.ringside.call.PbxEvent;
import dev.ringside.desk.Colleague;
import dev.ringside.desk.Presence;
import dev.ringside.desk.QueueState;
import dev.ringside.history.CallHistory;
import dev.ringside.history.Operator;
import dev.ringside.pbxsim.AsteriskConfig;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk with an AMI user that is exactly what {@code pbx-config --colleague 998} prints: its
 * rights are enough for every desk action, its filters let through the operator's queue
 * membership and the colleague's presence, and nothing of a colleague who is not watched.
 */
class DeskManagerConfTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "Asterisk {0}")
    @ValueSource(strings = {"22.10.1", "18.20.0"})
    void thePrintedSectionIsEnoughForTheDeskAndNoMore(String version) throws Exception {
        String section = new OperatorManagerConf(List.of("777"), List.of("998"), "op777", version, List.of(), List.of(),
                OperatorManagerConf.newSecret()).render();
        String secret = AsteriskConfig.parse(section).categories().get(0).variables().stream()
                .filter(v -> v.name().equals("secret")).findFirst().orElseThrow().value();
        try (PbxSimulator sim = PbxSimulator.builder().managerConf(section).asteriskVersion(version)
                .queueMember("support", "777").queueMember("sales", "999").hint("998").hint("999")
                .timeScale(0.02).build();
             CallHistory history = CallHistory.open(dir.resolve("history"))) {
            sim.start(0);
            Operator operator = history.ensureOperator("Operator 777", List.of("777"));
            DeskSettings deskSettings = new DeskSettings(List.of(new Colleague("998", "")), List.of(), List.of("sales"),
                    "ext-local", "");
            AmiSettings ami = AmiSettings.builder().host("127.0.0.1").port(sim.port()).username("op777").secret(secret)
                    .connectTimeout(Duration.ofSeconds(5)).extension("777").colleagues(List.of("998")).build();
            CallEngine engine = new CallEngine(ami, EngineOptions.defaults());
            List<PbxEvent> seen = new CopyOnWriteArrayList<>();
            engine.addEventListener(seen::add);
            EngineOperatorSession session = new EngineOperatorSession(engine, history, operator, Settings::defaults,
                    false, () -> { }, Clock.systemDefaultZone(), deskSettings);
            try {
                Desk desk = session.desk().orElseThrow();
                BlockingQueue<Object> changes = new LinkedBlockingQueue<>();
                desk.onChanged(() -> changes.add(Boolean.TRUE));
                engine.start().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                await(changes, "the queues", () -> queue(desk, "support").isMember());
                await(changes, "998's presence", () -> desk.presence("998") == Presence.IDLE);

                desk.pause("support", "Lunch").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                await(changes, "the pause, by its event", () -> desk.breakState().onBreak());
                desk.login("sales").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                await(changes, "the queue login, by its event", () -> queue(desk, "sales").isMember());
                desk.logout("sales").get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                await(changes, "the logout", () -> !queue(desk, "sales").isMember());

                sim.play(Scenario.answered("999")).finished().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                sim.phoneReachable("998", false);
                await(changes, "998 unreachable", () -> desk.presence("998") == Presence.UNAVAILABLE);
                assertFalse(seen.stream().anyMatch(e -> "999".equals(e.get("Exten")) || e.get("Channel").contains("/999-")),
                        "nothing of 999, who is not watched, passes the PBX's filters");
                assertTrue(seen.stream().anyMatch(e -> e.is("QueueMemberPause") && "Lunch".equals(e.get("PausedReason"))));
            } finally {
                session.close();
            }
        }
    }

    private static QueueState queue(Desk desk, String name) {
        return desk.queues().stream().filter(q -> q.queue().equals(name)).findFirst()
                .orElse(new QueueState(name, 0, null, 0, 0, null));
    }

    private static void await(BlockingQueue<Object> changes, String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (changes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) == null
                    && !condition.getAsBoolean()) {
                throw new AssertionError(what + " did not happen within " + WAIT);
            }
        }
    }
}
