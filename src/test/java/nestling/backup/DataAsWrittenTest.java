package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.store.Database;
import nestling.store.EntryJson;
import org.junit.jupiter.api.Test;

/** An entry's data is staged as the backup wrote it (cut from the file, not re-serialized), and still checked. */
class DataAsWrittenTest {
    @Test
    void dataWithSpacesAndEscapesIsStagedAsWrittenAndReadsAsTheSameRecord() throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, 11, 1);
        String json = new String(Family.plainJson(source), StandardCharsets.UTF_8);
        String written = "{ \"text\" : \"caf\\u00e9 \\\"ok\\\"\" }";
        int entries = json.indexOf("\"entries\":");
        String edited = json.substring(0, entries) + json.substring(entries)
                .replaceFirst("\"type\":\"[a-z]+\"", "\"type\":\"note\"")
                .replaceFirst("\"data\":\\{[^{}]*\\}", java.util.regex.Matcher.quoteReplacement("\"data\":" + written));
        try (StagedBackup staged = BackupReader.read(edited.getBytes(StandardCharsets.UTF_8))) {
            String stored = staged.database().read(c -> {
                try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT data FROM entry")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertEquals(written, stored, "the bytes between the braces, as written");
            assertEquals(new EntryData.Note("caf\u00e9 \"ok\""), EntryJson.read(EntryType.NOTE, stored));
        }
    }

    @Test
    void brokenDataIsStillABrokenFile() {
        Database source = Database.createEmpty();
        Family.fill(source, 12, 1);
        String json = new String(Family.plainJson(source), StandardCharsets.UTF_8);
        int at = json.indexOf("\"data\":") + "\"data\":".length();
        String broken = json.substring(0, at) + "{\"wet\":tru}" + json.substring(json.indexOf('}', at) + 1);
        BackupException e = assertThrows(BackupException.class, () -> BackupReader.read(broken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem() == BackupProblem.INVALID_JSON, e.problem().toString());
    }
}
