package dev.ringside.app.provision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.desktop.Autostart;
import dev.ringside.app.keychain.FileSecretStore;
import dev.ringside.app.keychain.KeychainOrFile;
import dev.ringside.app.settings.FileSettingsStore;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.Settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionerTest {

    @TempDir
    Path config;
    @TempDir
    Path admin;

    private final AtomicBoolean startsAtLogin = new AtomicBoolean();
    private final Autostart autostart = new Autostart() {
        @Override public void enable() { startsAtLogin.set(true); }
        @Override public void disable() { startsAtLogin.set(false); }
        @Override public boolean isEnabled() { return startsAtLogin.get(); }
    };

    private ProvisioningFile file(String text) throws Exception {
        Path p = admin.resolve("desk.conf");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return ProvisioningFile.read(p);
    }

    @Test
    void settingsAndSecretAreAppliedOnceAndTheSecretIsNeverInTheSettings() throws Exception {
        FileSettingsStore settings = new FileSettingsStore(config);
        SecretStore secrets = new KeychainOrFile(SecretStore.NONE, new FileSecretStore(config));
        Provisioner provisioner = new Provisioner(settings, secrets, Optional.of(autostart), config);

        Provisioner.Report report = provisioner.applyOnce("user", file(ProvisioningFileTest.FULL));

        assertTrue(report.applied());
        Settings s = settings.load().orElseThrow();
        assertFalse(s.demo());
        assertTrue(s.remember());
        assertEquals("pbx.example.com", s.host());
        assertEquals(5039, s.port());
        assertTrue(s.tls());
        assertEquals("op777", s.username());
        assertEquals(List.of("777", "888"), s.extensions());
        assertEquals(List.of("Lunch", "Training", "Back office"), s.breakReasons());
        assertTrue(s.startMinimised());
        assertFalse(s.remoteAnswer());
        assertTrue(startsAtLogin.get());
        assertArrayEquals("a-long-random=secret#for-777".toCharArray(),
                secrets.read("op777@pbx.example.com:5039").orElseThrow());
        assertFalse(Files.readString(settings.file()).contains("for-777"));
        assertTrue(report.lines().stream().anyMatch(l -> l.startsWith("AMI secret: no keychain works on this computer,"
                + " so it is kept in " + config.resolve(FileSecretStore.FILE_NAME))), report.lines().toString());
        assertTrue(report.lines().stream().noneMatch(l -> l.contains("for-777")));

        // the operator changes the theme and the port; the same file again changes nothing
        Settings.Builder b = s.toBuilder();
        b.port = 5038;
        settings.save(b.build());
        assertFalse(provisioner.applyOnce("user", file(ProvisioningFileTest.FULL)).applied());
        assertEquals(5038, settings.load().orElseThrow().port());
        // an edited file is applied again
        assertTrue(provisioner.applyOnce("user", file(ProvisioningFileTest.FULL.replace("5039", "5040"))).applied());
        assertEquals(5040, settings.load().orElseThrow().port());
    }

    @Test
    void keysTheFileLeavesOutKeepTheOperatorsValues() throws Exception {
        FileSettingsStore settings = new FileSettingsStore(config);
        Settings.Builder b = Settings.defaults().toBuilder();
        b.extensions = List.of("555");
        b.startMinimised = true;
        settings.save(b.build());
        new Provisioner(settings, SecretStore.NONE, Optional.empty(), config)
                .applyOnce("machine", file("break_reasons = Lunch\n"));
        Settings s = settings.load().orElseThrow();
        assertEquals(List.of("Lunch"), s.breakReasons());
        assertEquals(List.of("555"), s.extensions());
        assertTrue(s.startMinimised());
        assertTrue(s.demo(), "no connection given: still the demo PBX");
    }

    @Test
    void machineWideFileIsAppliedWhenItChangesAndABrokenOneIsSkipped() throws Exception {
        FileSettingsStore settings = new FileSettingsStore(config);
        Provisioner provisioner = new Provisioner(settings, SecretStore.NONE, Optional.empty(), config);
        Path machine = admin.resolve("ringside.conf");
        assertTrue(MachineConfig.applyIfChanged(machine, provisioner).isEmpty(), "no file: nothing to do");

        Files.writeString(machine, "host = pbx-a\nusername = op\n");
        assertTrue(MachineConfig.applyIfChanged(machine, provisioner).orElseThrow().applied());
        assertFalse(MachineConfig.applyIfChanged(machine, provisioner).orElseThrow().applied());
        Files.writeString(machine, "host = pbx-b\nusername = op\n");
        assertTrue(MachineConfig.applyIfChanged(machine, provisioner).orElseThrow().applied());
        assertEquals("pbx-b", settings.load().orElseThrow().host());

        Files.writeString(machine, "host = pbx-c\nsurname = op\n");
        assertTrue(MachineConfig.applyIfChanged(machine, provisioner).isEmpty());
        assertEquals("pbx-b", settings.load().orElseThrow().host(), "nothing of a broken file is applied");
    }

    @Test
    void startAtLoginWithoutAnInstalledAppSaysSo() throws Exception {
        Provisioner.Report r = new Provisioner(new FileSettingsStore(config), SecretStore.NONE, Optional.empty(), config)
                .applyOnce("user", file("start_at_login = yes\n"));
        assertEquals(List.of("Start at login: only the installed app can start at login (not java -jar); left as it was"),
                r.lines());
    }

    @Test
    void machineLocationsPerOs() {
        assertEquals(Path.of("/etc/ringside/ringside.conf"), MachineConfig.location(dev.ringside.app.desktop.Os.LINUX, java.util.Map.of()));
        assertEquals(Path.of("/Library/Application Support/Ringside/ringside.conf"),
                MachineConfig.location(dev.ringside.app.desktop.Os.MACOS, java.util.Map.of()));
        assertEquals(Path.of("D:\\PD", "Ringside", "ringside.conf"),
                MachineConfig.location(dev.ringside.app.desktop.Os.WINDOWS, java.util.Map.of("ProgramData", "D:\\PD")));
    }

}
