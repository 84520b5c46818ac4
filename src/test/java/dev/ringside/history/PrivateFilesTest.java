package dev.ringside.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a PC several operators share, the history is its OS user's alone (POSIX here; Windows uses an ACL). */
class PrivateFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aNewHistoryFolderIs0700AndItsDatabase0600() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path folder = tmp.resolve("new").resolve("ringside");
        try (CallHistory history = CallHistory.open(folder.resolve("history"))) {
            history.ensureOperator("Anna", Set.of("777"));
            assertEquals("rwx------", mode(folder));
            assertEquals("rw-------", mode(history.file()));
        }
    }

    @Test
    void anExistingDatabaseIsMadePrivateAndAFolderWeWereGivenIsLeftAsItIs() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path given = Files.createDirectories(tmp.resolve("given"));
        Files.setPosixFilePermissions(given, PosixFilePermissions.fromString("rwxr-x---"));
        Path db = given.resolve("history.mv.db");
        CallHistory.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--")); // as an older Ringside left it
        try (CallHistory history = CallHistory.open(db)) {
            assertEquals("rw-------", mode(history.file()));
            assertEquals("rwxr-x---", mode(given));
        }
    }

    @Test
    void privateFolderTightensAnOpenOne() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path open = Files.createDirectories(tmp.resolve("logs"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFiles.folder(open);
        assertEquals("rwx------", mode(open));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
