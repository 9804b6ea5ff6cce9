package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nestling.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void oneFilePerTypeWithLocalTimesDataColumnsAndQuoting() throws Exception {
        Database database = Database.createEmpty();
        Family.Ids3 ids = Family.fill(database, 41, 0);
        database.write(c -> {
            Family.exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                    Family.id(new java.util.Random(1)), ids.babies().get(0), "feeding", 1_700_000_000_000L, 1_700_000_900_000L, 3600,
                    "{\"amountMl\":120,\"note\":\"left, then \\\"right\\\"\"}", 1L, 1L, ids.caregivers().get(0));
            Family.exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                    Family.id(new java.util.Random(2)), ids.babies().get(0), "diaper", 1_700_000_000_000L, null, 0, "{}", 1L, 1L, null);
            return null;
        });
        List<Path> files = CsvExport.write(database, dir);
        assertEquals(List.of(dir.resolve("nestling-feeding.csv")), files, "deleted entries are not exported");
        List<String> lines = Files.readAllLines(files.getFirst());
        assertEquals("start,end,minutes,baby,caregiver,id,amountMl,note", lines.get(0));
        assertTrue(lines.get(1).startsWith("2023-11-14 23:13,2023-11-14 23:28,15,Ada,Parent 0,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",120,\"left, then \"\"right\"\"\""), lines.get(1));
    }

    @Test
    void formulaLookalikesAreDefused() {
        StringBuilder out = new StringBuilder();
        CsvExport.line(out, List.of("=HYPERLINK(1)", "-5", "@x"));
        assertEquals("'=HYPERLINK(1),-5,'@x\r\n", out.toString());
    }
}
