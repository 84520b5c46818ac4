package dev.ringside.app.keychain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.port.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives a stand-in {@code secret-tool} (a shell script with libsecret's command line) to check
 * what goes where: the secret over stdin, never in the arguments.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LinuxSecretToolTest {

    @TempDir
    Path dir;

    private Path fakeTool() throws Exception {
        Path store = dir.resolve("store");
        Path argv = dir.resolve("argv.log");
        Path tool = dir.resolve("secret-tool");
        Files.writeString(tool, String.join("\n",
                "#!/bin/sh",
                "echo \"$@\" >> '" + argv + "'",
                "case \"$1\" in",
                "  store) cat > '" + store + "' ;;",
                "  lookup) [ -f '" + store + "' ] && cat '" + store + "' || exit 1 ;;",
                "  clear) rm -f '" + store + "' ;;",
                "esac", ""));
        Files.setPosixFilePermissions(tool, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return tool;
    }

    @Test
    void storesReadsAndClearsWithTheSecretOnlyOnStdin() throws Exception {
        SecretStore store = new LinuxSecretTool(fakeTool());
        assertTrue(store.isAvailable());
        assertTrue(store.read("op777@pbx:5038").isEmpty());
        store.write("op777@pbx:5038", "s3cr\"et wörd".toCharArray());
        assertArrayEquals("s3cr\"et wörd".toCharArray(), store.read("op777@pbx:5038").orElseThrow());
        store.delete("op777@pbx:5038");
        assertTrue(store.read("op777@pbx:5038").isEmpty());
        String argv = Files.readString(dir.resolve("argv.log"));
        assertTrue(argv.contains("op777@pbx:5038"));
        assertFalse(argv.contains("s3cr"), "the secret must never be an argument");
    }

    @Test
    void noToolMeansNoKeychain() {
        assertFalse(new LinuxSecretTool(null).isAvailable());
    }
}
