package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreferencesSettingsStoreTest {

    private final Preferences node = Preferences.userRoot().node("dev/ringside-test/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aFreshInstallHasNoSettings() {
        assertTrue(new PreferencesSettingsStore(node).load().isEmpty());
    }

    @Test
    void everyFieldRoundTrips() {
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
        Settings saved = b.build();
        new PreferencesSettingsStore(node).save(saved);
        assertEquals(saved, new PreferencesSettingsStore(node).load().orElseThrow());
    }

    @Test
    void garbageInTheStoreFallsBackToDefaults() {
        new PreferencesSettingsStore(node).save(Settings.defaults());
        node.put("rejectMode", "NONSENSE");
        node.put("theme", "");
        Settings loaded = new PreferencesSettingsStore(node).load().orElseThrow();
        assertEquals(RejectMode.OPERATOR_LEG, loaded.rejectMode());
        assertEquals(Theme.LIGHT, loaded.theme());
    }
}
