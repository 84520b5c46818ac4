package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Start Ringside when the user logs in. Off until the user turns it on. */
public interface Autostart {

    void enable() throws IOException;

    void disable() throws IOException;

    boolean isEnabled() throws IOException;

    /**
     * The mechanism of the current OS, starting the installed launcher. Empty when Ringside does
     * not run from an installed app-image (e.g. {@code java -jar}), where there is nothing stable
     * to start at login.
     */
    static Optional<Autostart> forCurrentUser() {
        return installedLauncher().map(launcher -> forOs(Os.current(), System.getenv(),
                Paths.get(System.getProperty("user.home")), launcher));
    }

    static Autostart forOs(Os os, Map<String, String> env, Path userHome, Path launcher) {
        switch (os) {
            case WINDOWS:
                return new WindowsRunKey(launcher, WindowsRunKey::runReg);
            case MACOS:
                return new MacLaunchAgent(userHome.resolve("Library").resolve("LaunchAgents"), launcher);
            case LINUX:
            default:
                String xdg = env.get("XDG_CONFIG_HOME");
                Path config = xdg != null && !xdg.isBlank() && Paths.get(xdg).isAbsolute()
                        ? Paths.get(xdg) : userHome.resolve(".config");
                return new XdgAutostart(config.resolve("autostart"), launcher);
        }
    }

    /** The native launcher jpackage made, which it names in {@code jpackage.app-path}. */
    static Optional<Path> installedLauncher() {
        String appPath = System.getProperty("jpackage.app-path");
        return appPath == null || appPath.isBlank() ? Optional.empty() : Optional.of(Paths.get(appPath));
    }

    /** Runs an external command and gives its exit code. */
    @FunctionalInterface
    interface CommandRunner {
        int run(List<String> command) throws IOException;

        static int discardingOutput(List<String> command) throws IOException {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while running " + command.get(0), e);
            }
        }
    }
}
