package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes registry values through a {@code .reg} file and {@code reg import}: values holding
 * quoted paths ({@code "C:\Program Files\...\Ringside.exe" "%1"}) do not survive the Windows
 * command-line quoting of {@code reg add /d}, but a .reg file states them exactly.
 */
final class RegFile {

    private final StringBuilder text = new StringBuilder("Windows Registry Editor Version 5.00\r\n");

    RegFile key(String key) {
        text.append("\r\n[").append(key).append("]\r\n");
        return this;
    }

    /** A string value; a null name is the key's default value. */
    RegFile value(String name, String data) {
        text.append(name == null ? "@" : quote(name)).append('=').append(quote(data)).append("\r\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Imports into the registry of the current user; HKCU keys need no elevation. */
    void importWith(Autostart.CommandRunner runner) throws IOException {
        Path file = Files.createTempFile("ringside-", ".reg");
        try {
            // regedit 5 files are UTF-16LE with a byte-order mark
            Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
            int exit = runner.run(List.of("reg", "import", file.toString()));
            if (exit != 0) {
                throw new IOException("reg import failed with exit code " + exit);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
