package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.CallStatus;
import dev.ringside.history.CallHistory;
import dev.ringside.history.CallQuery;
import dev.ringside.history.Operator;
import dev.ringside.history.StoredCall;
import dev.ringside.pbxsim.AmiUser;
import dev.ringside.pbxsim.PbxSimulator;
import dev.ringside.pbxsim.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor --history DIR} keeps the calls in the H2 history the desktop app keeps. */
class MonitorHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aHeadlessRunRecordsTheCallsInTheDesktopAppsHistory() throws Exception {
        try (PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("op777", "s3cret")).timeScale(0.02).build()) {
            int port = sim.start(0);
            CountDownLatch completedLine = new CountDownLatch(1);
            PrintStream out = new PrintStream(new LineWatcher(line -> {
                if (line.contains("\"status\":\"completed\"")) {
                    completedLine.countDown();
                }
            }), true, StandardCharsets.UTF_8);
            ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MonitorCommand.run(
                    List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--user", "op777",
                            "--extension", "777", "--history", dir.toString()),
                    out, err, Map.of("RINGSIDE_AMI_SECRET", "s3cret"), stop, stopped));

            assertTrue(sim.awaitAction("CoreShowChannels", m -> true, java.time.Duration.ofSeconds(20)).isPresent(),
                    errBytes.toString(StandardCharsets.UTF_8));
            String linkedId = sim.play(Scenario.answered("777")).linkedid().get(20, TimeUnit.SECONDS);
            assertTrue(completedLine.await(20, TimeUnit.SECONDS), errBytes.toString(StandardCharsets.UTF_8));
            stop.countDown();
            assertEquals(0, exit.get(20, TimeUnit.SECONDS));
            assertTrue(stopped.await(1, TimeUnit.SECONDS));

            assertTrue(Files.exists(dir.resolve("history.mv.db")), "the file the desktop app keeps in its data folder");
            try (CallHistory history = CallHistory.open(dir.resolve("history"))) {
                // the desktop app's login for 777 finds the same operator and the call
                Operator operator = history.ensureOperator("", Set.of("777"));
                StoredCall call = history.find(operator.id(), linkedId).orElseThrow();
                assertEquals(CallStatus.COMPLETED, call.call().status());
                assertEquals("Operator 777", operator.displayName());
                assertEquals(1, history.count(CallQuery.forOperator(operator.id()).build()));
            }
        }
    }

    /** Calls back with each complete line written. */
    private static final class LineWatcher extends OutputStream {
        private final java.util.function.Consumer<String> onLine;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineWatcher(java.util.function.Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                onLine.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
