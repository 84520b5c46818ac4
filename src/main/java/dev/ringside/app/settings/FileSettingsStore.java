package dev.ringside.app.settings;

import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import dev.ringside.ui.port.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings in {@code settings.properties} in the app's config folder (so {@code -Dringside.home}
 * holds them too), private to the OS user (0600) and replaced atomically on every save. Never
 * holds the secret.
 */
public final class FileSettingsStore implements SettingsStore {

    public static final String FILE_NAME = "settings.properties";
    private static final Logger log = LoggerFactory.getLogger(FileSettingsStore.class);
    static final int MAX_FILE_BYTES = 256 * 1024;

    private final Path file;
    private Settings cached;
    /** When the file was last read or written by this store; another process may change it (--provision). */
    private FileTime cachedStamp;

    public FileSettingsStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /**
     * The store in {@code configDir}; when it has no settings file yet and {@code legacy} has saved
     * settings (an earlier version kept them in java.util.prefs), they are copied over once.
     */
    public static FileSettingsStore open(Path configDir, PreferencesSettingsStore legacy) {
        FileSettingsStore store = new FileSettingsStore(configDir);
        if (legacy != null && !Files.exists(store.file)) {
            legacy.load().ifPresent(old -> {
                store.save(old);
                if (Files.exists(store.file)) {
                    legacy.markMoved(store.file.toString());
                    log.info("Settings moved from java.util.prefs to {}", store.file);
                }
            });
        }
        return store;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<Settings> load() {
        FileTime stamp = stamp();
        if (cachedStamp == null || !cachedStamp.equals(stamp)) {
            cached = read();
            cachedStamp = stamp;
        }
        return Optional.ofNullable(cached);
    }

    private FileTime stamp() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Settings read() {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                log.warn("Settings file {} is over {} bytes: ignored, defaults used", file, MAX_FILE_BYTES);
                return null;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.warn("Settings file {} cannot be read ({}): defaults used", file, e.toString());
            return null;
        }
        Properties p;
        try {
            p = PropertiesText.parse(text);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Settings file {} is damaged ({}): defaults used", file, e.getMessage());
            return null;
        }
        return fromProperties(p);
    }

    static Settings fromProperties(Properties p) {
        Settings d = Settings.defaults();
        return new Settings(
                bool(p, "demo", d.demo()),
                list(p.getProperty("extensions", "")),
                p.getProperty("host", d.host()),
                integer(p, "port", d.port()),
                p.getProperty("username", d.username()),
                bool(p, "tls", d.tls()),
                bool(p, "remember", d.remember()),
                bool(p, "popupsEnabled", d.popupsEnabled()),
                bool(p, "popupTakesFocus", d.popupTakesFocus()),
                enumOr(RejectMode.class, p.getProperty("rejectMode", ""), d.rejectMode()),
                bool(p, "remoteAnswer", d.remoteAnswer()),
                bool(p, "startMinimised", d.startMinimised()),
                enumOr(Theme.class, p.getProperty("theme", ""), d.theme()),
                p.getProperty("language", d.language()).trim(),
                p.getProperty("homeCountry", d.homeCountry()).trim(),
                indexed(p, "breakReason"));
    }

    @Override
    public synchronized void save(Settings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("demo", String.valueOf(s.demo()));
        v.put("extensions", String.join(",", s.extensions()));
        v.put("host", s.host());
        v.put("port", String.valueOf(s.port()));
        v.put("username", s.username());
        v.put("tls", String.valueOf(s.tls()));
        v.put("remember", String.valueOf(s.remember()));
        v.put("popupsEnabled", String.valueOf(s.popupsEnabled()));
        v.put("popupTakesFocus", String.valueOf(s.popupTakesFocus()));
        v.put("rejectMode", s.rejectMode().name());
        v.put("remoteAnswer", String.valueOf(s.remoteAnswer()));
        v.put("startMinimised", String.valueOf(s.startMinimised()));
        v.put("theme", s.theme().name());
        v.put("language", s.language());
        v.put("homeCountry", s.homeCountry());
        for (int i = 0; i < s.breakReasons().size(); i++) {
            v.put("breakReason." + (i + 1), s.breakReasons().get(i));
        }
        cached = s;
        try {
            PrivateFiles.write(file, PropertiesText.format(
                    "Ringside settings of this OS user. The AMI secret is never kept here.", v));
            cachedStamp = stamp();
        } catch (IOException e) {
            cachedStamp = FileTime.fromMillis(0);
            log.warn("Settings kept for this run only, {} cannot be written: {}", file, e.toString());
        }
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    private static int integer(Properties p, String key, int fallback) {
        try {
            return Integer.parseInt(p.getProperty(key, "").trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code key.1}, {@code key.2}, ... in order, up to the first gap. */
    private static List<String> indexed(Properties p, String key) {
        List<String> out = new ArrayList<>();
        for (int i = 1; p.getProperty(key + "." + i) != null; i++) {
            out.add(p.getProperty(key + "." + i));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
