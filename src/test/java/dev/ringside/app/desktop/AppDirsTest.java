package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {

    private static final String HOME = "/home/op";

    @Test
    void linuxDefaultsFollowXdgFallbacks() {
        AppDirs dirs = AppDirs.resolve(Os.LINUX, Map.of(), HOME, null);
        assertEquals(Paths.get("/home/op/.local/share/ringside"), dirs.data());
        assertEquals(Paths.get("/home/op/.local/share/ringside/logs"), dirs.logs());
        assertEquals(Paths.get("/home/op/.config/ringside"), dirs.config());
    }

    @Test
    void linuxHonoursXdgVariables() {
        AppDirs dirs = AppDirs.resolve(Os.LINUX, Map.of("XDG_DATA_HOME", "/x/data", "XDG_STATE_HOME", "/x/state",
                "XDG_CONFIG_HOME", "/x/conf"), HOME, "");
        assertEquals(Paths.get("/x/data/ringside"), dirs.data());
        assertEquals(Paths.get("/x/state/ringside/logs"), dirs.logs());
        assertEquals(Paths.get("/x/conf/ringside"), dirs.config());
    }

    @Test
    void linuxIgnoresRelativeXdgValuesAsTheSpecSays() {
        AppDirs dirs = AppDirs.resolve(Os.LINUX, Map.of("XDG_DATA_HOME", "rel/data", "XDG_CONFIG_HOME", "conf"),
                HOME, null);
        assertEquals(Paths.get("/home/op/.local/share/ringside"), dirs.data());
        assertEquals(Paths.get("/home/op/.config/ringside"), dirs.config());
    }

    @Test
    void windowsUsesLocalAppData() {
        String local = "C:\\Users\\op\\AppData\\Local";
        AppDirs dirs = AppDirs.resolve(Os.WINDOWS, Map.of("LOCALAPPDATA", local), "C:\\Users\\op", null);
        Path base = Paths.get(local).resolve("Ringside");
        assertEquals(base.resolve("Data"), dirs.data());
        assertEquals(base.resolve("Logs"), dirs.logs());
        assertEquals(base.resolve("Config"), dirs.config());
    }

    @Test
    void windowsWithoutLocalAppDataFallsBackUnderTheProfile() {
        AppDirs dirs = AppDirs.resolve(Os.WINDOWS, Map.of(), HOME, null);
        assertEquals(Paths.get(HOME, "AppData", "Local", "Ringside", "Data"), dirs.data());
    }

    @Test
    void macUsesApplicationSupportAndLibraryLogs() {
        AppDirs dirs = AppDirs.resolve(Os.MACOS, Map.of("XDG_DATA_HOME", "/ignored"), "/Users/op", null);
        assertEquals(Paths.get("/Users/op/Library/Application Support/Ringside"), dirs.data());
        assertEquals(Paths.get("/Users/op/Library/Logs/Ringside"), dirs.logs());
        assertEquals(Paths.get("/Users/op/Library/Application Support/Ringside/Config"), dirs.config());
    }

    @Test
    void ringsideHomeOverridesEveryOs(@TempDir Path tmp) {
        for (Os os : Os.values()) {
            AppDirs dirs = AppDirs.resolve(os, Map.of("LOCALAPPDATA", "/l", "XDG_DATA_HOME", "/d"), HOME,
                    tmp.toString());
            assertEquals(tmp.resolve("data"), dirs.data(), os.name());
            assertEquals(tmp.resolve("logs"), dirs.logs(), os.name());
            assertEquals(tmp.resolve("config"), dirs.config(), os.name());
        }
    }

    @Test
    void createAllMakesTheFolders(@TempDir Path tmp) throws Exception {
        AppDirs dirs = AppDirs.resolve(Os.LINUX, Map.of(), HOME, tmp.resolve("portable").toString()).createAll();
        assertTrue(dirs.data().toFile().isDirectory());
        assertTrue(dirs.logs().toFile().isDirectory());
        assertTrue(dirs.config().toFile().isDirectory());
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            for (Path folder : List.of(dirs.data(), dirs.logs(), dirs.config())) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)), folder.toString());
            }
        }
    }

    @Test
    void osNamesMapToFamilies() {
        assertEquals(Os.WINDOWS, Os.fromOsName("Windows 11"));
        assertEquals(Os.MACOS, Os.fromOsName("Mac OS X"));
        assertEquals(Os.LINUX, Os.fromOsName("Linux"));
        assertEquals(Os.LINUX, Os.fromOsName("FreeBSD"));
    }
}
