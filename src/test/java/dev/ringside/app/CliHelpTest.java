package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** --help is an answer, not an error: every command prints its own usage on stdout and exits 0. */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"replay", "monitor", "pbx-config", "simulate"})
    void eachCommandPrintsItsUsageForHelp(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(List.of(command, "--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.EXIT_OK, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: " + command + " "), out.toString());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theGeneralHelpNamesEveryCommandOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Cli.run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.EXIT_OK, exit);
        for (String command : List.of("replay", "monitor", "pbx-config", "simulate")) {
            assertTrue(help.contains("ringside " + command + " "), help);
        }
        assertEquals(1, help.split("usage:", -1).length - 1, "one 'usage:' heading: " + help);
    }
}
