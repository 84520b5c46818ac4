package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows a folder in the OS file manager (the About box's "open log folder"). Uses the OS's own
 * opener rather than java.awt.Desktop, which on Linux drags AWT's GTK into a JavaFX process.
 */
public final class FolderOpener {

    private FolderOpener() {
    }

    public static void open(Path folder) throws IOException {
        Files.createDirectories(folder);
        new ProcessBuilder(command(Os.current(), folder)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static List<String> command(Os os, Path folder) {
        String path = folder.toAbsolutePath().toString();
        switch (os) {
            case WINDOWS:
                return List.of("explorer.exe", path);
            case MACOS:
                return List.of("open", path);
            case LINUX:
            default:
                return List.of("xdg-open", path);
        }
    }
}
