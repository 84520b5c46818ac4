package dev.ringside.app;

import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import dev.ringside.ui.port.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings per OS user in {@link java.util.prefs.Preferences} (the registry on Windows, a plist on
 * macOS, ~/.java on Linux). Never holds the secret.
 */
final class PreferencesSettingsStore implements SettingsStore {

    private static final Logger log = LoggerFactory.getLogger(PreferencesSettingsStore.class);
    private static final String SAVED = "saved";

    private final Preferences node;

    PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    static PreferencesSettingsStore forUser() {
        return new PreferencesSettingsStore(Preferences.userRoot().node("dev/ringside"));
    }

    @Override
    public synchronized Optional<Settings> load() {
        if (!node.getBoolean(SAVED, false)) {
            return Optional.empty();
        }
        Settings d = Settings.defaults();
        String exts = node.get("extensions", "");
        List<String> extensions = exts.isBlank() ? List.of()
                : Arrays.stream(exts.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return Optional.of(new Settings(
                node.getBoolean("demo", d.demo()),
                extensions,
                node.get("host", d.host()),
                node.getInt("port", d.port()),
                node.get("username", d.username()),
                node.getBoolean("tls", d.tls()),
                node.getBoolean("remember", d.remember()),
                node.getBoolean("popupsEnabled", d.popupsEnabled()),
                node.getBoolean("popupTakesFocus", d.popupTakesFocus()),
                enumOr(RejectMode.class, node.get("rejectMode", ""), d.rejectMode()),
                node.getBoolean("remoteAnswer", d.remoteAnswer()),
                node.getBoolean("startMinimised", d.startMinimised()),
                enumOr(Theme.class, node.get("theme", ""), d.theme()),
                node.get("language", d.language()),
                node.get("homeCountry", d.homeCountry())));
    }

    @Override
    public synchronized void save(Settings s) {
        node.putBoolean("demo", s.demo());
        node.put("extensions", String.join(",", s.extensions()));
        node.put("host", s.host());
        node.putInt("port", s.port());
        node.put("username", s.username());
        node.putBoolean("tls", s.tls());
        node.putBoolean("remember", s.remember());
        node.putBoolean("popupsEnabled", s.popupsEnabled());
        node.putBoolean("popupTakesFocus", s.popupTakesFocus());
        node.put("rejectMode", s.rejectMode().name());
        node.putBoolean("remoteAnswer", s.remoteAnswer());
        node.putBoolean("startMinimised", s.startMinimised());
        node.put("theme", s.theme().name());
        node.put("language", s.language());
        node.put("homeCountry", s.homeCountry());
        node.putBoolean(SAVED, true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            log.warn("Settings kept for this run only: {}", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
