package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The OS opener, with a stand-in script where the browser would be: the link arrives as one argument. */
class OsBrowserTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theLinkIsOneArgumentAndNeverAShellCommand() throws Exception {
        Path seen = dir.resolve("seen.txt");
        Path opener = dir.resolve("fake-xdg-open");
        Files.writeString(opener, "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > '" + seen + "'\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));

        URI link = URI.create("https://crm.example/?n=a%3B%20touch%20x&q=$(id)");
        Process p = new OsBrowser(List.of(opener.toString())).launch(link);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(List.of("1", link.toString()), Files.readAllLines(seen));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aMissingOpenerIsNotAvailable() {
        OsBrowser missing = new OsBrowser(List.of(dir.resolve("no-such-opener").toString()));
        assertFalse(missing.isAvailable());
        assertThrows(IOException.class, () -> missing.open(URI.create("https://crm.example/")));
    }

    @Test
    void eachOsHasItsOwnOpener() {
        assertEquals(List.of("xdg-open"), OsBrowser.command(Os.LINUX));
        assertEquals(List.of("open"), OsBrowser.command(Os.MACOS));
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler"), OsBrowser.command(Os.WINDOWS));
    }
}
