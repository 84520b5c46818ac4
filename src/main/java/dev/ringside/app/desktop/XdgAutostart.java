package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux and other XDG desktops: a {@code ringside.desktop} entry in {@code $XDG_CONFIG_HOME/autostart}. */
public final class XdgAutostart implements Autostart {

    static final String FILE_NAME = "ringside.desktop";

    private final Path autostartDir;
    private final Path launcher;

    public XdgAutostart(Path autostartDir, Path launcher) {
        this.autostartDir = autostartDir;
        this.launcher = launcher;
    }

    Path entry() {
        return autostartDir.resolve(FILE_NAME);
    }

    @Override
    public void enable() throws IOException {
        Files.createDirectories(autostartDir);
        String text = "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=Ringside\n"
                + "Comment=Call popups for Asterisk operators\n"
                + "Exec=" + quoteExec(launcher.toString()) + "\n"
                + "Icon=ringside\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
        Files.writeString(entry(), text, StandardCharsets.UTF_8);
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(entry());
    }

    @Override
    public boolean isEnabled() throws IOException {
        if (!Files.isRegularFile(entry())) {
            return false;
        }
        // a user may have switched it off in the desktop's settings, which keeps the file
        for (String line : Files.readAllLines(entry(), StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.equals("Hidden=true") || trimmed.equals("X-GNOME-Autostart-enabled=false")) {
                return false;
            }
        }
        return true;
    }

    // Desktop Entry spec: arguments with reserved characters are double-quoted, with \ " ` $ escaped.
    static String quoteExec(String path) {
        if (path.chars().noneMatch(c -> " \t\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
            return path;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : path.toCharArray()) {
            if (c == '\\') {
                sb.append("\\\\\\\\"); // quoting rule, then the string escape rule: four in the file
            } else if (c == '"' || c == '`' || c == '$') {
                sb.append("\\\\").append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
