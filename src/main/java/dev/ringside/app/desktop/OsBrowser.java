package dev.ringside.app.desktop;

import dev.ringside.crm.UrlOpener;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a page with the OS's own opener: {@code xdg-open} on Linux, {@code open} on macOS,
 * {@code rundll32 url.dll,FileProtocolHandler} on Windows (no shell, so nothing in the link is
 * ever read as a command). The link is one argument; the opener is not waited for.
 */
public final class OsBrowser implements UrlOpener {

    private final List<String> command;

    /** @param command the opener and its leading arguments; the link is added as the last argument */
    public OsBrowser(List<String> command) {
        this.command = List.copyOf(command);
    }

    public static OsBrowser forThisOs() {
        return new OsBrowser(command(Os.current()));
    }

    static List<String> command(Os os) {
        return switch (os) {
            case WINDOWS -> List.of("rundll32", "url.dll,FileProtocolHandler");
            case MACOS -> List.of("open");
            case LINUX -> List.of("xdg-open");
        };
    }

    @Override
    public boolean isAvailable() {
        return executable(command.get(0)) != null;
    }

    @Override
    public void open(URI uri) throws IOException {
        launch(uri);
    }

    Process launch(URI uri) throws IOException {
        Path tool = executable(command.get(0));
        if (tool == null) {
            throw new IOException(command.get(0) + " is not installed");
        }
        List<String> full = new ArrayList<>(command);
        full.set(0, tool.toString());
        full.add(uri.toASCIIString());
        return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path executable(String name) {
        Path given = Path.of(name);
        if (given.isAbsolute()) {
            return Files.isExecutable(given) ? given : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".exe")) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, candidate);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "OsBrowser" + command;
    }
}
