package dev.ringside.ui.port;

import java.util.Optional;

/** Loads and saves {@link Settings} per OS user (java.util.prefs in the app). */
public interface SettingsStore {

    /** The saved settings, or empty on a fresh install. */
    Optional<Settings> load();

    void save(Settings settings);
}
