package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsLinkHandlerTest {

    @Test
    void registrationStartsTheLauncherWithTheLinkAndListsTheCapabilities() {
        WindowsLinkHandler handler = new WindowsLinkHandler(
                Paths.get("C:\\Program Files\\Ringside\\Ringside.exe"), command -> 0);
        String reg = handler.registration().text();
        String lines = String.join("\n", reg.split("\r\n", -1));

        assertTrue(lines.contains("[HKEY_CURRENT_USER\\Software\\Classes\\Ringside.CallLink]\n"
                + "@=\"URL:Ringside call link\"\n\"URL Protocol\"=\"\"\n"), lines);
        // a quoted path and a quoted %1, with .reg escaping: \" and \\
        assertTrue(lines.contains("[HKEY_CURRENT_USER\\Software\\Classes\\Ringside.CallLink\\shell\\open\\command]\n"
                + "@=\"\\\"C:\\\\Program Files\\\\Ringside\\\\Ringside.exe\\\" \\\"%1\\\"\"\n"), lines);
        assertTrue(lines.contains("\"tel\"=\"Ringside.CallLink\"\n\"callto\"=\"Ringside.CallLink\"\n"), lines);
        assertTrue(lines.contains("[HKEY_CURRENT_USER\\Software\\RegisteredApplications]\n"
                + "\"Ringside\"=\"Software\\\\Ringside\\\\Capabilities\"\n"), lines);
    }

    @Test
    void unregisterRemovesAllThreeKeys() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        new WindowsLinkHandler(Paths.get("C:\\R\\Ringside.exe"), command -> {
            commands.add(command);
            return 0;
        }).unregister();
        assertEquals(3, commands.size());
        assertEquals(List.of("reg", "delete", "HKCU\\Software\\Classes\\Ringside.CallLink", "/f"), commands.get(0));
    }

    @Test
    void onlyOnWindowsInsideAnInstalledApp() {
        assertTrue(WindowsLinkHandler.forInstalledApp().isEmpty());
    }
}
