package dev.ringside.app.settings;

import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where versions up to 0.1 kept the settings: {@link java.util.prefs.Preferences} of the OS user
 * (the registry on Windows, a plist on macOS, ~/.java on Linux). Only read now, to move them once
 * into {@link FileSettingsStore}; the node is then marked as moved and left in place.
 */
public final class PreferencesSettingsStore {

    private static final Logger log = LoggerFactory.getLogger(PreferencesSettingsStore.class);
    private static final String SAVED = "saved";
    static final String MOVED_TO = "movedTo";

    private final Preferences node;

    PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    public static PreferencesSettingsStore forUser() {
        return new PreferencesSettingsStore(Preferences.userRoot().node("dev/ringside"));
    }

    /** The saved settings, or empty when there are none or they were moved already. */
    public synchronized Optional<Settings> load() {
        if (!node.getBoolean(SAVED, false) || node.get(MOVED_TO, null) != null) {
            return Optional.empty();
        }
        Settings d = Settings.defaults();
        return Optional.of(new Settings(
                node.getBoolean("demo", d.demo()),
                FileSettingsStore.list(node.get("extensions", "")),
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
                node.get("homeCountry", d.homeCountry()),
                List.of()));
    }

    /** The settings were copied to {@code where}: never move them again. */
    public synchronized void markMoved(String where) {
        node.put(MOVED_TO, where);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            log.debug("Could not mark the old settings as moved: {}", e.getMessage());
        }
    }

    /** The old store, for tests that set up what an earlier version left behind. */
    synchronized void saveAsOldVersion(Settings s) {
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
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
