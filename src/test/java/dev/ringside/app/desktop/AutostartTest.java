package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {

    @TempDir
    Path tmp;

    private final Path launcher = Paths.get("/opt/ringside/bin/Ringside");

    @Test
    void linuxEntryInXdgConfigHomeIsOffByDefaultAndToggles() throws IOException {
        Path config = tmp.resolve("config");
        Autostart autostart = Autostart.forOs(Os.LINUX, Map.of("XDG_CONFIG_HOME", config.toString()), tmp, launcher);
        Path entry = config.resolve("autostart").resolve("ringside.desktop");

        assertFalse(autostart.isEnabled());
        autostart.enable();
        assertTrue(autostart.isEnabled());
        String text = Files.readString(entry);
        assertTrue(text.startsWith("[Desktop Entry]\n"), text);
        assertTrue(text.contains("\nExec=/opt/ringside/bin/Ringside\n"), text);
        assertTrue(text.contains("\nType=Application\n"), text);

        autostart.disable();
        assertFalse(autostart.isEnabled());
        assertFalse(Files.exists(entry));
        autostart.disable(); // disabling twice is harmless
    }

    @Test
    void linuxWithoutXdgConfigHomeUsesDotConfig() throws IOException {
        Autostart autostart = Autostart.forOs(Os.LINUX, Map.of(), tmp, launcher);
        autostart.enable();
        assertTrue(Files.isRegularFile(tmp.resolve(".config/autostart/ringside.desktop")));
    }

    @Test
    void linuxEntryTurnedOffInTheDesktopSettingsCountsAsDisabled() throws IOException {
        XdgAutostart autostart = new XdgAutostart(tmp, launcher);
        autostart.enable();
        Files.writeString(autostart.entry(), Files.readString(autostart.entry()) + "Hidden=true\n");
        assertFalse(autostart.isEnabled());
    }

    @Test
    void execPathsWithSpacesAreQuotedPerTheDesktopEntrySpec() {
        assertEquals("/opt/ringside/bin/Ringside", XdgAutostart.quoteExec("/opt/ringside/bin/Ringside"));
        assertEquals("\"/home/op/My Apps/Ringside\"", XdgAutostart.quoteExec("/home/op/My Apps/Ringside"));
        assertEquals("\"/a b/\\\\$x\"", XdgAutostart.quoteExec("/a b/$x"));
    }

    @Test
    void macLaunchAgentPlistToggles() throws IOException {
        Autostart autostart = Autostart.forOs(Os.MACOS, Map.of(), tmp,
                Paths.get("/Applications/Ringside.app/Contents/MacOS/Ringside"));
        assertInstanceOf(MacLaunchAgent.class, autostart);
        assertFalse(autostart.isEnabled());
        autostart.enable();
        Path plist = tmp.resolve("Library/LaunchAgents/dev.ringside.plist");
        String text = Files.readString(plist);
        assertTrue(text.contains("<string>dev.ringside</string>"), text);
        assertTrue(text.contains("<string>/Applications/Ringside.app/Contents/MacOS/Ringside</string>"), text);
        assertTrue(text.contains("<key>RunAtLoad</key><true/>"), text);
        assertTrue(autostart.isEnabled());
        autostart.disable();
        assertFalse(autostart.isEnabled());
    }

    @Test
    void windowsRunKeyIsDrivenThroughRegExe() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        int[] queryExit = {1};
        WindowsRunKey key = new WindowsRunKey(Paths.get("/Program Files/Ringside/Ringside.exe"), command -> {
            commands.add(command);
            if (command.get(1).equals("import")) {
                imported.add(new String(Files.readAllBytes(Paths.get(command.get(2))), StandardCharsets.UTF_16LE));
            }
            return command.get(1).equals("query") ? queryExit[0] : 0;
        });

        assertFalse(key.isEnabled());
        key.enable();
        assertEquals("reg", commands.get(1).get(0));
        assertEquals("import", commands.get(1).get(1));
        assertEquals("\uFEFFWindows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"
                + "\"Ringside\"=\"\\\"/Program Files/Ringside/Ringside.exe\\\"\"\r\n", imported.get(0));
        assertFalse(Files.exists(Paths.get(commands.get(1).get(2))), "the temporary .reg file is removed");

        queryExit[0] = 0;
        key.disable();
        assertEquals(List.of("reg", "delete", WindowsRunKey.RUN_KEY, "/v", "Ringside", "/f"),
                commands.get(commands.size() - 1));
    }

    @Test
    void windowsRegFailureIsReported() {
        WindowsRunKey key = new WindowsRunKey(launcher, command -> 5);
        IOException e = assertThrows(IOException.class, key::enable);
        assertTrue(e.getMessage().contains("exit code 5"), e.getMessage());
    }

    @Test
    void outsideAnInstalledAppThereIsNoLauncherToStart() {
        // surefire runs from a plain class path, where jpackage's launcher property is absent
        assertTrue(Autostart.installedLauncher().isEmpty());
        assertTrue(Autostart.forCurrentUser().isEmpty());
    }
}
