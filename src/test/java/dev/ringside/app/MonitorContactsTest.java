package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code monitor --contacts FILE}: each JSON line of a live PBX's calls names the caller from the file. */
class MonitorContactsTest {

    @TempDir
    Path dir;

    @Test
    void eachLineNamesTheCallerFromAContactsFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("contacts.csv"),
                "Name,Company,Phone 1 - Label,Phone 1 - Value\nJohn Caller-Smith,ACME Ltd,cell,tel:+1-555-123-4567\n");
        try (PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("op777", "s3cret")).timeScale(0.02).build()) {
            int port = sim.start(0);
            CompletableFuture<String> completed = new CompletableFuture<>();
            PrintStream out = new PrintStream(new LineWatcher(line -> {
                if (line.contains("\"status\":\"completed\"")) {
                    completed.complete(line);
                }
            }), true, StandardCharsets.UTF_8);
            ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MonitorCommand.run(
                    List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--user", "op777",
                            "--extension", "777", "--contacts", csv.toString(), "--home-country", "US"),
                    out, err, Map.of("RINGSIDE_AMI_SECRET", "s3cret"), stop, stopped));

            assertTrue(sim.awaitAction("CoreShowChannels", m -> true, java.time.Duration.ofSeconds(20)).isPresent(),
                    errBytes.toString(StandardCharsets.UTF_8));
            sim.play(Scenario.answered("777")).linkedid().get(20, TimeUnit.SECONDS);
            String line = completed.get(20, TimeUnit.SECONDS);
            stop.countDown();
            assertEquals(0, exit.get(20, TimeUnit.SECONDS));
            assertTrue(line.contains("\"contact_name\":\"John Caller-Smith\",\"company\":\"ACME Ltd\","
                    + "\"number_label\":\"cell\""), line);
            assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("contacts: 1 read from"));
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
