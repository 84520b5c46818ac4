package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

    @Test
    void badArgumentsExitWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SimulateCommand.run(List.of("--port", "nope"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: simulate"));
    }

    @Test
    void demoServesScriptedCallsForTheExtensionUntilInterrupted() throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Pattern listening = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
        StringBuilder printed = new StringBuilder();
        PrintStream out = new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(int b) {
                printed.append((char) b);
                Matcher m = listening.matcher(printed);
                if (b == '\n' && m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        }, true);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread command = new Thread(() -> exit.complete(SimulateCommand.run(
                List.of("--port", "0", "--user", "demo", "--secret", "demopw", "--extension", "888", "--demo",
                        "--interval", "1"), out, System.err)));
        command.start();
        try (RawAmiClient c = new RawAmiClient(port.get(10, TimeUnit.SECONDS))) {
            assertEquals("Authentication accepted", c.login("demo", "demopw").get("Message"));
            Map<String, String> dial = c.readUntil(m -> "DialBegin".equals(m.get("Event")), null);
            assertTrue(dial.get("DestChannel").startsWith("PJSIP/888-"), dial.get("DestChannel"));
        }
        assertTrue(printed.toString().contains("'demo'"));
        command.interrupt();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void ringSendsAFloodOfDistinctCallsAtOnce() throws Exception {
        PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin("u", "p")).build();
        int port = sim.start(0);
        try (RawAmiClient c = new RawAmiClient(port)) {
            c.login("u", "p");
            SimulateCommand.startFlood(sim, "777", 50, java.time.Duration.ZERO, java.time.Duration.ofSeconds(30),
                    new PrintStream(new ByteArrayOutputStream()));
            java.util.Set<String> ringing = new java.util.HashSet<>();
            java.util.Set<String> callers = new java.util.HashSet<>();
            c.readUntil(m -> {
                if ("DialBegin".equals(m.get("Event")) && m.getOrDefault("DestChannel", "").startsWith("PJSIP/777-")) {
                    ringing.add(m.get("Linkedid"));
                    callers.add(m.get("CallerIDNum"));
                }
                return ringing.size() == 50;
            }, null);
            assertEquals(50, callers.size(), "each call has its own caller");
        } finally {
            sim.close();
        }
    }
}
