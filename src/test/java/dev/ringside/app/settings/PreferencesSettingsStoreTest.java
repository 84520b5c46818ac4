package dev.ringside.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings an earlier version left in java.util.prefs move once into the settings file. */
class PreferencesSettingsStoreTest {

    private final Preferences node = Preferences.userRoot().node("dev/ringside-test/" + UUID.randomUUID());
    @TempDir
    Path config;

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    private static Settings everythingChanged() {
        Settings.Builder b = Settings.defaults().toBuilder();
        b.demo = false;
        b.extensions = List.of("777", "888");
        b.host = "pbx.example";
        b.port = 5039;
        b.username = "op777";
        b.tls = true;
        b.remember = true;
        b.popupsEnabled = false;
        b.popupTakesFocus = true;
        b.rejectMode = RejectMode.CALLER;
        b.remoteAnswer = true;
        b.startMinimised = true;
        b.theme = Theme.DARK;
        return b.build();
    }

    @Test
    void aFreshInstallHasNothingToMove() {
        assertTrue(new PreferencesSettingsStore(node).load().isEmpty());
        FileSettingsStore store = FileSettingsStore.open(config, new PreferencesSettingsStore(node));
        assertTrue(store.load().isEmpty());
        assertTrue(Files.notExists(store.file()));
    }

    @Test
    void oldSettingsMoveOnceIntoTheFile() {
        Settings old = everythingChanged();
        new PreferencesSettingsStore(node).saveAsOldVersion(old);

        FileSettingsStore store = FileSettingsStore.open(config, new PreferencesSettingsStore(node));
        assertEquals(old, store.load().orElseThrow());
        assertEquals(old, new FileSettingsStore(config).load().orElseThrow(), "written to the file");
        assertEquals(store.file().toString(), node.get(PreferencesSettingsStore.MOVED_TO, null));

        // the operator changes something; a later start must not bring the old settings back
        Settings.Builder b = old.toBuilder();
        b.host = "new.example";
        store.save(b.build());
        FileSettingsStore again = FileSettingsStore.open(config, new PreferencesSettingsStore(node));
        assertEquals("new.example", again.load().orElseThrow().host());
        // nor into another folder (the settings file deleted, or XDG_CONFIG_HOME moved)
        assertTrue(FileSettingsStore.open(config.resolve("other"), new PreferencesSettingsStore(node)).load().isEmpty());
    }

    @Test
    void garbageInTheOldStoreFallsBackToDefaults() {
        new PreferencesSettingsStore(node).saveAsOldVersion(Settings.defaults());
        node.put("rejectMode", "NONSENSE");
        node.put("theme", "");
        Settings loaded = new PreferencesSettingsStore(node).load().orElseThrow();
        assertEquals(RejectMode.OPERATOR_LEG, loaded.rejectMode());
        assertEquals(Theme.LIGHT, loaded.theme());
    }
}
