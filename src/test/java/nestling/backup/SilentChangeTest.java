package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import nestling.store.Database;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import keeps every value exactly or refuses the file naming the record and field: no rounding,
 * no dropped field, no "�" for a bad byte, no entry or timer left with no baby. Each case goes
 * through the plain and the sealed path (they share the reader), as a merge and as a restore, and
 * the family's data is left as it was.
 */
class SilentChangeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private Database live;
    private String before;
    private ObjectNode good;

    @BeforeEach
    void setUp() {
        live = Database.createEmpty();
        Family.fill(live, 10, 20);
        before = Family.everything(live);
        Database other = Database.createEmpty();
        Family.fill(other, 11, 40);
        good = (ObjectNode) JSON.readTree(Family.plainJson(other));
    }

    /** The first live entry of {@code type}, changed by {@code change}; returns its id. */
    private String changeEntry(String type, Consumer<ObjectNode> change) {
        for (JsonNode entry : good.get("entries")) {
            if (entry.get("type").asString().equals(type) && !entry.get("deleted").asBoolean()) {
                change.accept((ObjectNode) entry);
                return entry.get("id").asString();
            }
        }
        throw new AssertionError("no live " + type + " entry");
    }

    private byte[] bytes() {
        return JSON.writeValueAsBytes(good);
    }

    @Test
    void aFractionInAWholeNumberFieldIsRefusedNotRounded() throws Exception {
        String id = changeEntry("bottle", e -> ((ObjectNode) e.get("data")).put("ml", 1.5));
        refused(bytes(), BackupProblem.IMPOSSIBLE_VALUE, "$.entries[id=" + id + "].data.ml: must be a whole number");
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsTheSameNumberAndImports() throws Exception {
        changeEntry("bottle", e -> ((ObjectNode) e.get("data")).put("ml", new java.math.BigDecimal("120.0")));
        imports(bytes());
    }

    @Test
    void anUnknownFieldInsideDataIsRefusedByName() throws Exception {
        String id = changeEntry("diaper", e -> ((ObjectNode) e.get("data")).put("colour", "green"));
        refused(bytes(), BackupProblem.IMPOSSIBLE_VALUE,
                "$.entries[id=" + id + "].data.colour: is not a field of this type of entry");
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() throws Exception {
        byte[] bytes = bytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"notes\":\"n") + "\"notes\":\"n".length();
        assertTrue(at > 0);
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[offset] = (byte) 0xFF;
        // the writer puts it all on one line
        String where = "line 1, column " + (offset + 1) + ": not valid UTF-8 at byte " + offset;
        refused(bytes, BackupProblem.INVALID_JSON, where);
        bytes[offset] = (byte) 0xC3; // a lead byte followed by an ASCII digit: a cut sequence
        refused(bytes, BackupProblem.INVALID_JSON, where);
    }

    @Test
    void anEntryOrTimerNamingABabyTheBackupDoesNotHoldIsRefused() throws Exception {
        String nobody = "00000000-0000-4000-8000-00000000abcd";
        String id = changeEntry("sleep", e -> e.put("babyId", nobody));
        refused(bytes(), BackupProblem.IMPOSSIBLE_VALUE, "$.entries[id=" + id + "].babyId: names a baby the backup does not hold");

        setUp();
        ObjectNode timer = (ObjectNode) good.get("timers").get(0);
        timer.put("babyId", nobody);
        refused(bytes(), BackupProblem.IMPOSSIBLE_VALUE,
                "$.timers[id=" + timer.get("id").asString() + "].babyId: names a baby the backup does not hold");
    }

    private void imports(byte[] json) throws Exception {
        Path file = Files.write(dir.resolve("fine.json"), json);
        try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            BackupMerger.merge(live, staged);
        }
    }

    /** Refused the same way plain and sealed, merged and restored; nothing changed. */
    private void refused(byte[] json, BackupProblem problem, String detail) throws Exception {
        byte[] sealed;
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            sealed = SealedFile.seal(json, key, new java.security.SecureRandom());
        }
        Path plainFile = Files.write(dir.resolve("candidate.json"), json);
        Path sealedFile = Files.write(dir.resolve("candidate.nestling"), sealed);
        for (Path file : new Path[] {plainFile, sealedFile}) {
            BackupKeys keys = file == plainFile ? BackupKeys.none() : BackupKeys.passphrase(PASS.clone());
            BackupException merge = assertThrows(BackupException.class, () -> {
                try (StagedBackup staged = BackupFiles.stage(file, keys)) {
                    BackupMerger.merge(live, staged);
                }
            });
            assertEquals(problem, merge.problem(), merge.getMessage());
            assertEquals(detail, merge.detail(), file.toString());
            BackupKeys again = file == plainFile ? BackupKeys.none() : BackupKeys.passphrase(PASS.clone());
            BackupException restore = assertThrows(BackupException.class, () -> {
                try (StagedBackup staged = BackupFiles.stage(file, again)) {
                    BackupRestorer.replace(live, staged);
                }
            });
            assertEquals(detail, restore.detail());
        }
        assertEquals(before, Family.everything(live), "nothing changed");
    }
}
