package dev.ringside.app.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the OS user may read: mode 0600 in a 0700 folder on POSIX systems. On Windows the
 * files live in the user's own profile ({@code %LOCALAPPDATA%}), whose ACL already keeps other
 * users out.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and its parents) if missing and makes it 0700 on POSIX. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix()) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
        return dir;
    }

    /**
     * Replaces {@code file} with {@code text} in one step: written to a private temporary file beside
     * it, then moved over it, so a crash never leaves half a file and no other user can read it even
     * for a moment.
     */
    public static void write(Path file, String text) throws IOException {
        Path dir = folder(file.toAbsolutePath().getParent());
        FileAttribute<?>[] attrs = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", attrs);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        restrict(file);
    }

    /** Makes an existing file 0600 on POSIX (a file an older version wrote with the default mode). */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** The file's mode as {@code rw-------}, or null where the file system has no POSIX modes. */
    public static String mode(Path file) throws IOException {
        return posix() ? PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) : null;
    }
}
