package dev.ringside.app.provision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.app.desktop.AppDirs;
import dev.ringside.app.keychain.FileSecretStore;
import dev.ringside.app.keychain.KeychainOrFile;
import dev.ringside.app.settings.FileSettingsStore;
import dev.ringside.ui.port.SecretStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringside --provision FILE} as an administrator runs it for an operator. */
class ProvisionCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String file, AppDirs dirs, SecretStore secrets) {
        return ProvisionCommand.run(List.of(file), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dirs, secrets, Optional.empty(), null);
    }

    @Test
    void importsOnceAndSaysHonestlyWhereTheSecretIsKept() throws Exception {
        AppDirs dirs = AppDirs.resolve(dev.ringside.app.desktop.Os.LINUX, java.util.Map.of(), "/nowhere",
                home.toString()).createAll();
        SecretStore secrets = new KeychainOrFile(SecretStore.NONE, new FileSecretStore(dirs.config()));
        Path file = home.resolve("op777.conf");
        Files.writeString(file, ProvisioningFileTest.FULL);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        assertEquals(0, run(file.toString(), dirs, secrets));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Imported " + file + "\n"), printed);
        assertTrue(printed.contains("  Connection: op777@pbx.example.com:5039 (TLS)\n"), printed);
        assertTrue(printed.contains("  AMI secret: no keychain works on this computer, so it is kept in "
                + dirs.config().resolve(FileSecretStore.FILE_NAME) + " (mode 0600"), printed);
        assertTrue(printed.contains("still holds the AMI secret: delete it now"), printed);
        assertFalse(printed.contains("for-777"), "the secret is never printed");
        assertEquals("pbx.example.com", new FileSettingsStore(dirs.config()).load().orElseThrow().host());
        assertArrayEquals("a-long-random=secret#for-777".toCharArray(),
                secrets.read("op777@pbx.example.com:5039").orElseThrow());

        out.reset();
        assertEquals(0, run(file.toString(), dirs, secrets));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Not imported again: "));
    }

    @Test
    void aBrokenFileImportsNothing() throws Exception {
        AppDirs dirs = AppDirs.resolve(dev.ringside.app.desktop.Os.LINUX, java.util.Map.of(), "/nowhere",
                home.toString()).createAll();
        Path file = home.resolve("bad.conf");
        Files.writeString(file, "host = pbx\nport = many\n");
        assertEquals(1, run(file.toString(), dirs, SecretStore.NONE));
        assertEquals("Nothing imported: " + file + " line 2: the port is a number from 1 to 65535\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(new FileSettingsStore(dirs.config()).load().isEmpty());
    }
}
