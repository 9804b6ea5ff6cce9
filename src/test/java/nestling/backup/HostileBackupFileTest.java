package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static nestling.testsupport.HostileFiles.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import nestling.store.Database;
import nestling.testsupport.HostileFiles;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file offered as a backup may be anything: a pipe, {@code /dev/zero}, gigabytes of padding, a
 * header asking Argon2id for a gigabyte. Each is refused by name in under a second, having read at
 * most its first bytes; the family's data is never touched.
 */
class HostileBackupFileTest {
    /** Generous for work of milliseconds on a busy machine; reading hundreds of MB, or a pipe, takes far longer. */
    private static final Duration QUICKLY = Duration.ofSeconds(1);
    private static final int HASH_OFFSET = 144;

    @TempDir
    Path dir;
    private byte[] plain;
    private byte[] sealed;

    @BeforeEach
    void aBackup() throws Exception {
        Database family = Database.createEmpty();
        Family.fill(family, 3, 20);
        plain = Family.plainJson(family);
        family.close();
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            sealed = SealedFile.seal(plain, key, new SecureRandom());
        }
    }

    @Test
    void aPipeIsNotABackupAndNothingWaitsForIt() throws Exception {
        Path pipe = HostileFiles.fifo(dir.resolve("backup.nestling"));
        assertEquals(BackupProblem.NOT_A_FILE, refusedQuickly(() -> BackupFiles.isSealed(pipe)));
        assertEquals(BackupProblem.NOT_A_FILE, refusedQuickly(() -> BackupFiles.stage(pipe, BackupKeys.passphrase(PASS))));
    }

    @Test
    void devZeroAndALinkToItAreNotBackups() throws Exception {
        Path link = HostileFiles.linkToDevZero(dir.resolve("backup.json"));
        for (Path file : new Path[] {link, Path.of("/dev/zero")}) {
            assertEquals(BackupProblem.NOT_A_FILE, refusedQuickly(() -> BackupFiles.isSealed(file)), file.toString());
            BackupProblem problem = refusedQuickly(() -> BackupFiles.stage(file, BackupKeys.none()));
            assertEquals(BackupProblem.NOT_A_FILE, problem, file.toString());
            assertEquals(4, problem.exitCode());
        }
        Files.delete(link); // so the cleanup does not warn about its target
    }

    @Test
    void aPlainFileLargerThanAnyBackupIsRefusedUnreadSayingSo() throws Exception {
        Path file = dir.resolve("padded.json");
        Files.write(file, plain);
        HostileFiles.sparse(file, BackupFormat.MAX_JSON_BYTES + 44 * (1 << 20)); // 300 MiB: under the old 1 GiB cap
        BackupException e = refusedQuicklyWith(() -> BackupFiles.stage(file, BackupKeys.none()));
        assertEquals(BackupProblem.OVERSIZED, e.problem());
        assertEquals("300 MiB > 256 MiB", e.detail());
        assertTrue(e.getMessage().contains("larger than any Nestling backup can be"), e.getMessage());
    }

    @Test
    void aSealedFileLongerThanItsHeaderSaysOrThanAnyBackupIsRefusedUnread() throws Exception {
        Path file = dir.resolve("long.nestling");
        for (long length : new long[] {sealed.length + 1L, 200L << 20, GIB + GIB / 2, 2 * GIB + GIB / 2}) {
            Files.write(file, sealed);
            HostileFiles.sparse(file, length);
            BackupProblem problem = refusedQuickly(() -> BackupFiles.stage(file, BackupKeys.passphrase(PASS)));
            assertEquals(length > 300L << 20 ? BackupProblem.OVERSIZED : BackupProblem.DAMAGED, problem, length + " bytes");
        }
    }

    @Test
    void aSealedHeaderDeclaringMoreDataThanAnyBackupHoldsIsRefusedBeforeTheBodyIsRead() throws Exception {
        byte[] header = Arrays.copyOf(sealed, 176);
        long payload = 300L << 20;
        ByteBuffer.wrap(header).putLong(102, payload);
        rehash(header);
        Path file = dir.resolve("declares-300-MiB.nestling");
        Files.write(file, header);
        HostileFiles.sparse(file, 176 + payload + (payload / (64 * 1024)) * 16); // exactly as long as declared
        BackupException e = refusedQuicklyWith(() -> BackupFiles.stage(file, BackupKeys.passphrase(PASS)));
        assertEquals(BackupProblem.OVERSIZED, e.problem());
    }

    @Test
    void aHeaderAskingArgon2idForAGigabyteAndTwentyPassesIsRefusedBeforeArgon2idRuns() throws Exception {
        byte[] bomb = sealed.clone();
        ByteBuffer fields = ByteBuffer.wrap(bomb);
        fields.putInt(16, 1024 * 1024); // memory, KiB: 1 GiB
        fields.putInt(20, 20); // passes
        rehash(bomb); // as a hostile writer would: the header hash is unkeyed
        Path file = Files.write(dir.resolve("bomb.nestling"), bomb);
        BackupException e = refusedQuicklyWith(() -> BackupFiles.stage(file, BackupKeys.passphrase(PASS)));
        assertEquals(BackupProblem.UNREASONABLE_KDF, e.problem());
        assertEquals(4, e.problem().exitCode());
        assertTrue(e.getMessage().contains("damaged or was not made by Nestling"), e.getMessage());
        assertEquals(BackupProblem.UNREASONABLE_KDF, refusedQuickly(() -> BackupFiles.stage(file, BackupKeys.none())));
    }

    /**
     * Whitespace is valid JSON anywhere between values, so padding is bounded by the size cap: a file
     * padded past it is refused before it is read, plain or sealed. (A smaller cap keeps the test cheap.)
     */
    @Test
    void paddingBeyondTheCapIsRefusedUnreadAndWithinItImports() throws Exception {
        int closingBrace = plain.length - 1;
        while (plain[closingBrace] != '}') {
            closingBrace--;
        }
        byte[] padded = new byte[closingBrace + (2 << 20) + 1];
        Arrays.fill(padded, (byte) ' ');
        for (int i = closingBrace; i < padded.length; i += 80) {
            padded[i] = '\n';
        }
        System.arraycopy(plain, 0, padded, 0, closingBrace);
        padded[padded.length - 1] = '}'; // the padding sits before the closing brace
        Path file = Files.write(dir.resolve("padded.json"), padded);
        BackupFileReader oneMiB = new BackupFileReader(1 << 20);

        BackupException e = refusedQuicklyWith(() -> BackupFiles.stage(file, BackupKeys.none(), oneMiB));
        assertEquals(BackupProblem.OVERSIZED, e.problem());
        assertEquals("3 MiB > 1 MiB", e.detail(), "the plain cap, not the sealed one");
        try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            assertEquals(20L, staged.info().counts().get("entries"), "whitespace is JSON: under the cap it imports");
        }

        Path sealedFile = dir.resolve("padded.nestling");
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            Files.write(sealedFile, SealedFile.seal(padded, key, new SecureRandom()));
        }
        assertEquals(BackupProblem.OVERSIZED,
                refusedQuickly(() -> BackupFiles.stage(sealedFile, BackupKeys.passphrase(PASS), oneMiB)));
    }

    private static BackupProblem refusedQuickly(Executable reading) {
        return refusedQuicklyWith(reading).problem();
    }

    /** The refusal, failing if it took a second or more (or never came). */
    private static BackupException refusedQuicklyWith(Executable reading) {
        return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(BackupException.class, reading));
    }

    /** Recomputes the unkeyed SHA-256 over the header's first 144 bytes (docs/vault-format.md §3). */
    private static void rehash(byte[] file) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(file, HASH_OFFSET));
        System.arraycopy(hash, 0, file, HASH_OFFSET, hash.length);
    }
}
