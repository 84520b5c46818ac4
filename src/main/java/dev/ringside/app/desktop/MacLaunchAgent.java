package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** macOS: a per-user LaunchAgent {@code ~/Library/LaunchAgents/dev.ringside.plist}, loaded at the next login. */
public final class MacLaunchAgent implements Autostart {

    static final String LABEL = "dev.ringside";

    private final Path launchAgentsDir;
    private final Path launcher;

    public MacLaunchAgent(Path launchAgentsDir, Path launcher) {
        this.launchAgentsDir = launchAgentsDir;
        this.launcher = launcher;
    }

    Path plist() {
        return launchAgentsDir.resolve(LABEL + ".plist");
    }

    @Override
    public void enable() throws IOException {
        Files.createDirectories(launchAgentsDir);
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n<dict>\n"
                + "  <key>Label</key><string>" + LABEL + "</string>\n"
                + "  <key>ProgramArguments</key>\n  <array><string>" + xml(launcher.toString())
                + "</string></array>\n"
                + "  <key>RunAtLoad</key><true/>\n"
                + "  <key>ProcessType</key><string>Interactive</string>\n"
                + "</dict>\n</plist>\n";
        Files.writeString(plist(), text, StandardCharsets.UTF_8);
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(plist());
    }

    @Override
    public boolean isEnabled() {
        return Files.isRegularFile(plist());
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
