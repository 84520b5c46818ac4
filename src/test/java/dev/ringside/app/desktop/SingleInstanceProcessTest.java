package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real thing: the first instance in another JVM, handed arguments, then killed hard. */
class SingleInstanceProcessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void handOffToAnotherProcessAndTakeOverAfterItIsKilled() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=nonexistent.xml",
                SingleInstanceChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("READY", nextChildReport(out));

        Optional<SingleInstance> second = SingleInstance.claimOrForward(dir, List.of("dial", "+15550100"),
                args -> { }, TIMEOUT);
        assertTrue(second.isEmpty(), "the other process holds the instance");
        assertEquals("GOT dial +15550100", nextChildReport(out));

        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertTrue(Files.exists(dir.resolve(SingleInstance.INFO_FILE)), "a killed process leaves its port file");

        try (SingleInstance takenOver = SingleInstance.claimOrForward(dir, List.of(), args -> { }, TIMEOUT)
                .orElseThrow(() -> new AssertionError("the dead instance's files must not block the start"))) {
            assertTrue(Files.readString(dir.resolve(SingleInstance.INFO_FILE)).contains("port=" + takenOver.port()));
        }
    }

    // skips whatever logging the child JVM prints
    private static String nextChildReport(BufferedReader out) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("READY") || line.startsWith("GOT ")) {
                return line;
            }
        }
        return "<child exited>";
    }
}
