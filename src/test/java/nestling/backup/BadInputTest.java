package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nestling.store.Database;
import nestling.store.VaultSession;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad backup is named, gets its exit code, and leaves the family's data exactly as it was. */
class BadInputTest {
    @TempDir
    Path dir;
    private Database live;
    private String before;
    private String good;

    @BeforeEach
    void setUp() {
        live = Database.createEmpty();
        Family.fill(live, 10, 20);
        before = Family.everything(live);
        Database other = Database.createEmpty();
        Family.fill(other, 11, 20);
        good = new String(Family.plainJson(other), StandardCharsets.UTF_8);
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws Exception {
        BackupException e = importing(good.replaceFirst("\"caregivers\":\\[", "\"caregivers\":[\n  {,"));
        assertEquals(BackupProblem.INVALID_JSON, e.problem());
        assertTrue(e.detail().matches("line 2, column \\d+: .*"), e.detail());
    }

    @Test
    void truncatedPlainJsonIsInvalidJson() throws Exception {
        assertEquals(BackupProblem.INVALID_JSON, importing(good.substring(0, good.length() / 2)).problem());
    }

    @Test
    void schemaViolationNamesTheJsonPath() throws Exception {
        BackupException e = importing(good.replaceFirst("\"type\":\"[a-z]+\"", "\"type\":42"));
        assertEquals(BackupProblem.SCHEMA_VIOLATION, e.problem());
        assertEquals("$.entries[0].type must be a string", e.detail());
        e = importing(good.replaceFirst("\"updatedAt\":", "\"updatedAtt\":"));
        assertEquals(BackupProblem.SCHEMA_VIOLATION, e.problem());
        assertTrue(e.detail().startsWith("unknown field $.caregivers[0].updatedAtt"), e.detail());
    }

    @Test
    void duplicateIdsAreNamed() throws Exception {
        String firstEntry = good.substring(good.indexOf("\"entries\":[") + 11);
        firstEntry = firstEntry.substring(0, firstEntry.indexOf("},{") + 1);
        BackupException e = importing(good.replace("\"entries\":[", "\"entries\":[" + firstEntry + ","));
        assertEquals(BackupProblem.DUPLICATE_ID, e.problem());
        assertEquals("$.entries[1].id", e.detail());
    }

    @Test
    void impossibleValuesAreNamed() throws Exception {
        assertEquals(BackupProblem.IMPOSSIBLE_VALUE, importing(good.replaceFirst("\"sex\":\"F\"", "\"sex\":\"X\"")).problem());
        BackupException e = importing(good.replaceFirst("\"utcOffset\":-?\\d+", "\"utcOffset\":64801"));
        assertEquals(BackupProblem.IMPOSSIBLE_VALUE, e.problem());
        assertEquals("$.entries[0].utcOffset", e.detail());
    }

    @Test
    void newerFormatAndNewerSchemaAreNamed() throws Exception {
        assertEquals(BackupProblem.NEWER_FORMAT, importing(good.replace("\"formatVersion\":1", "\"formatVersion\":2")).problem());
        assertEquals(BackupProblem.NEWER_FORMAT, importing(good.replaceFirst("\"schemaVersion\":\\d+", "\"schemaVersion\":99")).problem());
    }

    @Test
    void otherFilesAreNotBackups() throws Exception {
        assertEquals(BackupProblem.NOT_A_BACKUP, importing("{\"hello\":1}").problem());
        assertEquals(BackupProblem.NOT_A_BACKUP, importing("PK\u0003\u0004 a zip file").problem());
        assertEquals(BackupProblem.NOT_A_BACKUP, importing(good.replace("nestling-backup", "other-backup")).problem());
    }

    @Test
    void countsThatDisagreeWithTheRecordsAreDamage() throws Exception {
        assertEquals(BackupProblem.DAMAGED, importing(good.replaceFirst("\"entries\":20", "\"entries\":21")).problem());
    }

    @Test
    void sealedBackupTruncatedFlippedOrWithTheWrongPassphrase() throws Exception {
        byte[] sealed;
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            sealed = SealedFile.seal(good.getBytes(StandardCharsets.UTF_8), key, new java.security.SecureRandom());
        }
        for (int cut : new int[] {4, 100, 176, 300, sealed.length - 1}) {
            assertEquals(BackupProblem.DAMAGED, importing(Arrays.copyOf(sealed, cut), PASS).problem(), "cut at " + cut);
        }
        byte[] flipped = sealed.clone();
        flipped[sealed.length - 20] ^= 1;
        assertEquals(BackupProblem.DAMAGED, importing(flipped, PASS).problem());
        BackupException wrong = importing(sealed, "not the passphrase".toCharArray());
        assertEquals(BackupProblem.WRONG_PASSPHRASE, wrong.problem());
        assertEquals(3, wrong.problem().exitCode());
        assertEquals(BackupProblem.WRONG_PASSPHRASE, importing(sealed, null).problem());
    }

    /**
     * As docs/backup-format.md says: a backup's header carries generation 1, and a header edited on
     * purpose with its unkeyed hash recomputed cannot be told from a wrong passphrase (only the key
     * could), so it reads as one, while the same edit without the new hash is damage.
     */
    @Test
    void aSealedHeaderEditedWithItsHashRecomputedReadsAsAWrongPassphrase() throws Exception {
        byte[] sealed;
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            sealed = SealedFile.seal(good.getBytes(StandardCharsets.UTF_8), key, new java.security.SecureRandom());
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(sealed);
        assertEquals(1L, header.getLong(94), "the generation of a backup");
        byte[] edited = sealed.clone();
        java.nio.ByteBuffer.wrap(edited).putLong(94, 7L);
        assertEquals(BackupProblem.DAMAGED, importing(edited, PASS).problem(), "the header hash no longer matches");
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(edited, 144));
        System.arraycopy(hash, 0, edited, 144, 32);
        assertEquals(BackupProblem.WRONG_PASSPHRASE, importing(edited, PASS).problem());
    }

    @Test
    void aVaultFileIsNotTakenForABackup() throws Exception {
        try (VaultSession session = VaultSession.create(dir.resolve("v"), PASS, options())) {
            session.flush();
        }
        byte[] vault = Files.readAllBytes(dir.resolve("v").resolve("nestling.vault"));
        assertEquals(BackupProblem.VAULT_NOT_BACKUP, importing(vault, PASS).problem());
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(BackupFormat.MAX_JSON_BYTES + 1); // sparse: costs no disk
        }
        BackupException e = assertThrows(BackupException.class, () -> BackupFiles.stage(huge, BackupKeys.none()));
        assertEquals(BackupProblem.OVERSIZED, e.problem());
        assertEquals(BackupProblem.NOT_FOUND, assertThrows(BackupException.class,
                () -> BackupFiles.stage(dir.resolve("missing.json"), BackupKeys.none())).problem());
    }

    @Test
    void messagesNeverQuoteFamilyData() throws Exception {
        BackupException e = importing(good.replace("\"name\":\"Ada\"", "\"name\":Ada"));
        assertEquals(BackupProblem.INVALID_JSON, e.problem());
        assertFalse(e.getMessage().contains("Ada"), e.getMessage());
    }

    @Test
    void theGoodFileImportsSoTheMutationsAboveAreWhatFails() throws Exception {
        try (StagedBackup staged = BackupReader.read(good.getBytes(StandardCharsets.UTF_8))) {
            BackupMerger.merge(live, staged);
        }
        assertFalse(before.equals(Family.everything(live)));
    }

    private BackupException importing(String json) throws Exception {
        return importing(json.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Writes the bytes to a file, tries both a merge and a restore, and checks nothing changed. */
    private BackupException importing(byte[] bytes, char[] passphrase) throws Exception {
        Path file = Files.write(dir.resolve("candidate"), bytes);
        BackupKeys keys = passphrase == null ? BackupKeys.none() : BackupKeys.passphrase(passphrase.clone());
        BackupException e = assertThrows(BackupException.class, () -> {
            try (StagedBackup staged = BackupFiles.stage(file, keys)) {
                BackupMerger.merge(live, staged);
            }
        });
        BackupException again = assertThrows(BackupException.class, () -> {
            try (StagedBackup staged = BackupFiles.stage(file, keys)) {
                BackupRestorer.replace(live, staged);
            }
        });
        assertEquals(e.problem(), again.problem());
        assertEquals(before, Family.everything(live), "nothing may change");
        return e;
    }
}
