package nestling.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the vault's folder readable by its owner only (mode 700 where the file system has POSIX
 * permissions). The vault itself is encrypted, but the folder also holds what must be readable
 * without the passphrase: the lock screen's names, the locked inbox (how many records and when), the
 * activity log's times. With the usual umask they would be readable by every account on the laptop.
 * Guarding the folder covers every file in it at once, present and future, whatever mode each file
 * is created with. Windows keeps a user's AppData private already and has no such bits.
 */
public final class PrivateFolder {
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private PrivateFolder() {
    }

    /**
     * Takes group and other permissions off {@code directory} (the system allows it only to the
     * folder's owner). Best effort:
     * a folder on a stick without POSIX permissions, or owned by someone else, is left as it is,
     * because refusing to open the vault there would lose more than it protects.
     */
    public static void restrict(Path directory) {
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            PosixFileAttributes attributes = view.readAttributes();
            if (attributes.isDirectory() && !attributes.permissions().equals(OWNER_ONLY)) {
                // Refused by the system (EPERM) when another account owns the folder.
                view.setPermissions(OWNER_ONLY);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // left as it is: see above
        }
    }
}
