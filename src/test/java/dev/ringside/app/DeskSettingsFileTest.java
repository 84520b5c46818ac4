package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.desk.Colleague;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskSettingsFileTest {

    @TempDir
    Path config;

    private DeskSettings load(String text) throws Exception {
        Files.writeString(config.resolve(DeskSettingsFile.NAME), text, StandardCharsets.UTF_8);
        return new DeskSettingsFile(config).load();
    }

    @Test
    void theAdministratorsColleaguesReasonsAndQueuesAreRead() throws Exception {
        DeskSettings d = load("""
                # set by the administrator
                colleagues = 201 Ivan Petrov, 202 Ольга Смирнова ,203
                break.reasons = Lunch, Training, After-call work
                queues.login = sales, billing
                hint.context = from-internal
                member.name = Dana Whitfield
                """);
        assertEquals(List.of(new Colleague("201", "Ivan Petrov"), new Colleague("202", "Ольга Смирнова"),
                new Colleague("203", "")), d.colleagues());
        assertEquals(List.of("Lunch", "Training", "After-call work"), d.breakReasons());
        assertEquals(List.of("sales", "billing"), d.loginQueues());
        assertEquals("from-internal", d.hintContext());
        assertEquals("Dana Whitfield", d.memberName());
    }

    @Test
    void noFileMeansNoSetUpAndTheAppsOwnReasons() {
        DeskSettings d = new DeskSettingsFile(config).load();
        assertTrue(d.colleagues().isEmpty());
        assertTrue(d.breakReasons().isEmpty(), "empty: the app offers its own reasons");
        assertEquals(DeskSettings.DEFAULT_HINT_CONTEXT, d.hintContext());
        assertTrue(new DeskSettingsFile(null).load().loginQueues().isEmpty());
    }

    @Test
    void junkEntriesAreSkippedAndLongListsCut() throws Exception {
        String many = String.join(",", java.util.stream.IntStream.range(0, 500).mapToObj(i -> "q" + i).toList());
        DeskSettings d = load("colleagues = , ???, 204\nbreak.reasons = " + "x".repeat(10_000) + ",,Lunch,Lunch\n"
                + "queues.login = " + many + "\n");
        assertEquals(List.of(new Colleague("204", "")), d.colleagues());
        assertEquals(2, d.breakReasons().size());
        assertEquals(DeskSettingsFile.MAX_TEXT, d.breakReasons().get(0).length());
        assertEquals("Lunch", d.breakReasons().get(1));
        assertEquals(DeskSettingsFile.MAX_ITEMS, d.loginQueues().size());
    }

    @Test
    void aMalformedFileIsNoSetUp() throws Exception {
        DeskSettings d = load("colleagues = 201\nbad = \\u12\n");
        assertTrue(d.colleagues().isEmpty());
    }
}
