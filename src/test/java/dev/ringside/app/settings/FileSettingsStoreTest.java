package dev.ringside.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.desktop.PrivateFiles;
import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void aFreshInstallHasNoSettings() {
        assertTrue(new FileSettingsStore(config).load().isEmpty());
    }

    @Test
    void everyFieldRoundTripsThroughTheFile() {
        Settings.Builder b = Settings.defaults().toBuilder();
        b.demo = false;
        b.extensions = List.of("777", "888");
        b.host = "pbx.example";
        b.port = 5039;
        b.username = "op 777=#!:\\";
        b.tls = true;
        b.remember = true;
        b.popupsEnabled = false;
        b.popupTakesFocus = true;
        b.rejectMode = RejectMode.CALLER;
        b.remoteAnswer = true;
        b.startMinimised = true;
        b.theme = Theme.DARK;
        b.breakReasons = List.of("Lunch", "Training, with a comma", " Пауза ");
        Settings saved = b.build();
        new FileSettingsStore(config).save(saved);
        assertEquals(saved, new FileSettingsStore(config).load().orElseThrow());
    }

    @Test
    void theFileIsPrivateToTheUser() throws Exception {
        FileSettingsStore store = new FileSettingsStore(config.resolve("ringside"));
        store.save(Settings.defaults());
        String mode = PrivateFiles.mode(store.file());
        if (mode != null) {
            assertEquals("rw-------", mode);
            assertEquals("rwx------", PrivateFiles.mode(store.file().getParent()));
        }
        assertFalse(Files.readString(store.file()).toLowerCase().contains("secret="));
    }

    @Test
    void aChangeByAnotherProcessIsReadAgain() throws Exception {
        FileSettingsStore running = new FileSettingsStore(config);
        running.save(Settings.defaults());
        assertEquals("", running.load().orElseThrow().host());

        Settings.Builder b = Settings.defaults().toBuilder();
        b.host = "provisioned.example";
        new FileSettingsStore(config).save(b.build());
        Files.setLastModifiedTime(running.file(), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertEquals("provisioned.example", running.load().orElseThrow().host());
    }

    @Test
    void garbageFallsBackToDefaultsFieldByField() throws Exception {
        Files.writeString(config.resolve(FileSettingsStore.FILE_NAME),
                "port=not-a-number\ntheme=PURPLE\nrejectMode=CALLER\nextensions= 777 ,, 888\nbreakReason.1=A\nbreakReason.3=C\n",
                StandardCharsets.UTF_8);
        Settings s = new FileSettingsStore(config).load().orElseThrow();
        assertEquals(Settings.DEFAULT_PORT, s.port());
        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(RejectMode.CALLER, s.rejectMode());
        assertEquals(List.of("777", "888"), s.extensions());
        assertEquals(List.of("A"), s.breakReasons(), "reasons stop at the first gap");
    }

    @Test
    void anOversizedFileIsIgnored() throws Exception {
        Files.write(config.resolve(FileSettingsStore.FILE_NAME), new byte[FileSettingsStore.MAX_FILE_BYTES + 1]);
        assertTrue(new FileSettingsStore(config).load().isEmpty());
    }
}
