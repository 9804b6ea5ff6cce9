package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault folder holds plaintext that other accounts on the laptop must not read (lock screen names). */
class PrivateFolderTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path parent;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(parent, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions (Windows)");
    }

    @Test
    void aNewVaultsFolderIsTheOwnersOnly() throws Exception {
        Path folder = parent.resolve("new");
        try (Vault vault = Vault.create(folder, PASS, "x".getBytes(StandardCharsets.UTF_8), VaultTest.options())) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        }
    }

    @Test
    void openingTightensAFolderAnEarlierVersionLeftReadableByAll() throws Exception {
        Path folder = parent.resolve("old");
        Vault.create(folder, PASS, "x".getBytes(StandardCharsets.UTF_8), VaultTest.options()).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        Vault.open(folder, PASS, VaultTest.options()).vault().close();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void aFolderThatCannotBeChangedIsLeftAsItIsAndStillOpens() throws Exception {
        // A read-only folder (a stick mounted read-only, someone else's folder) opens read-only,
        // untouched: refusing it would lose more than the restriction protects.
        Path folder = parent.resolve("readonly");
        Vault.create(folder, PASS, "x".getBytes(StandardCharsets.UTF_8), VaultTest.options()).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "running as root: every folder is writable");
            Vault.open(folder, PASS, VaultTest.options()).vault().close();
            assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
