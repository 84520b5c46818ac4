package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderOpenerTest {

    @TempDir
    Path logs;

    @Test
    void eachOsUsesItsOwnFileManager() {
        String path = logs.toAbsolutePath().toString();
        assertEquals(List.of("xdg-open", path), FolderOpener.command(Os.LINUX, logs));
        assertEquals(List.of("open", path), FolderOpener.command(Os.MACOS, logs));
        assertEquals(List.of("explorer.exe", path), FolderOpener.command(Os.WINDOWS, logs));
    }
}
