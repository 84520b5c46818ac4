package dev.ringside.app.desktop;

import dev.ringside.history.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;

/**
 * Per-user folders for the call history database, the log files and the settings, following each
 * OS's conventions. The system property {@value #HOME_PROPERTY} puts all three under one folder
 * (portable installs, tests).
 */
public record AppDirs(Path data, Path logs, Path config) {

    public static final String HOME_PROPERTY = "ringside.home";

    public AppDirs {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(config, "config");
    }

    /** True when {@value #HOME_PROPERTY} puts everything under one folder (portable use, tests). */
    public static boolean portable() {
        String home = System.getProperty(HOME_PROPERTY);
        return home != null && !home.isBlank();
    }

    /** The folders for the user running this JVM. */
    public static AppDirs forCurrentUser() {
        return resolve(Os.current(), System.getenv(), System.getProperty("user.home"),
                System.getProperty(HOME_PROPERTY));
    }

    /**
     * Resolves the folders without touching the disk.
     *
     * @param ringsideHome value of {@value #HOME_PROPERTY}, or null/blank when not set
     */
    public static AppDirs resolve(Os os, Map<String, String> env, String userHome, String ringsideHome) {
        if (ringsideHome != null && !ringsideHome.isBlank()) {
            Path home = Paths.get(ringsideHome).toAbsolutePath();
            return new AppDirs(home.resolve("data"), home.resolve("logs"), home.resolve("config"));
        }
        Path home = Paths.get(userHome);
        switch (os) {
            case WINDOWS: {
                String localAppData = env.get("LOCALAPPDATA");
                Path local = localAppData == null || localAppData.isBlank() ? null : Paths.get(localAppData);
                Path base = (local != null ? local : home.resolve("AppData").resolve("Local")).resolve("Ringside");
                return new AppDirs(base.resolve("Data"), base.resolve("Logs"), base.resolve("Config"));
            }
            case MACOS: {
                Path library = home.resolve("Library");
                Path support = library.resolve("Application Support").resolve("Ringside");
                // settings live next to the data, as macOS apps that do not use NSUserDefaults do
                return new AppDirs(support, library.resolve("Logs").resolve("Ringside"), support.resolve("Config"));
            }
            case LINUX:
            default: {
                Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("ringside");
                Path state = absoluteEnv(env, "XDG_STATE_HOME");
                Path logs = state != null ? state.resolve("ringside").resolve("logs") : data.resolve("logs");
                Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("ringside");
                return new AppDirs(data, logs, config);
            }
        }
    }

    /** Creates the three folders if they are missing, private to the OS user (they hold calls and logs), and returns this. */
    public AppDirs createAll() {
        try {
            PrivateFiles.folder(data);
            PrivateFiles.folder(logs);
            PrivateFiles.folder(config);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Ringside folders under " + data, e);
        }
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        Path value = absoluteEnv(env, name);
        return value != null ? value : fallback;
    }

    // The XDG spec says relative paths in these variables are invalid and must be ignored.
    private static Path absoluteEnv(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Paths.get(value);
        return path.isAbsolute() ? path : null;
    }
}
