package dev.ringside.history;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the operator's calls and logs to the OS user who owns them, on a PC several operators
 * share: folders 0700 and files 0600 on POSIX systems; on Windows (no POSIX permissions) an ACL
 * that grants the owner alone, inherited by what is created inside later.
 */
public final class PrivateFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code folder} (and missing parents) and makes the folder itself private. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, true);
        return folder;
    }

    /** Makes an existing file private; a missing one is left alone. */
    public static void file(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                restrict(file, false);
            } catch (IOException e) {
                LOG.warn("Could not make {} private to this user: {}", file, e.toString());
            }
        }
    }

    private static void restrict(Path path, boolean folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, folder ? FOLDER : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return; // neither POSIX nor ACLs (FAT): nothing to set
        }
        UserPrincipal owner = acl.getOwner();
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        acl.setAcl(List.of(entry.build()));
    }
}
