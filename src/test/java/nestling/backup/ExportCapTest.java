package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nestling.store.Database;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export writes no backup that no Nestling would read back: a vault whose JSON would pass the
 * reader's cap ({@link BackupFormat#MAX_JSON_BYTES}, here a small one) is refused before any file is
 * made, plain or sealed; at the cap exactly, the file is written and the reader with that cap takes it.
 */
class ExportCapTest {
    @TempDir
    Path dir;

    @Test
    void aBackupLargerThanTheReadersCapIsRefusedBeforeAnyFileIsWrittenAndOneAtTheCapIsRead() throws Exception {
        try (Database family = Database.createEmpty(); SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            Family.fill(family, 2, 200);
            Path probe = BackupExporter.export(family, dir.resolve("probe.json"), null, options()).file();
            long jsonBytes = Files.size(probe);
            Files.delete(probe);

            for (SealedFile.Key sealing : new SealedFile.Key[] {null, key}) {
                BackupException refused = assertThrows(BackupException.class,
                        () -> BackupExporter.export(family, dir, sealing, options(), jsonBytes - 1));
                assertEquals(BackupProblem.TOO_LARGE, refused.problem());
                assertTrue(refused.getMessage().contains("no backup was made"), refused.getMessage());
                try (Stream<Path> left = Files.list(dir)) {
                    assertEquals(0, left.count(), "nothing is left in the folder, not even a temporary file");
                }
            }
            BackupFileReader reader = new BackupFileReader(jsonBytes);
            Path plain = BackupExporter.export(family, dir, null, options(), jsonBytes).file();
            Path sealed = BackupExporter.export(family, dir, key, options(), jsonBytes).file();
            assertEquals(jsonBytes, reader.check(plain).size());
            assertTrue(reader.check(sealed).sealed());
        }
    }
}
