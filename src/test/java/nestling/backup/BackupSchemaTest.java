package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nestling.store.Database;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** An exported file follows docs/backup-format.schema.json, and the schema rejects what it should. */
class BackupSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void anExportedBackupValidatesAgainstThePublishedSchema() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 31, 40);
        JsonNode backup = MAPPER.readTree(Family.plainJson(database));
        assertEquals(List.of(), schema().validate(backup));
    }

    @Test
    void theSchemaRejectsAMissingIdAnUnknownFieldAndANewerFormat() throws Exception {
        Database database = Database.createEmpty();
        Family.fill(database, 32, 3);
        ObjectNode backup = (ObjectNode) MAPPER.readTree(Family.plainJson(database));
        ((ObjectNode) backup.get("entries").get(0)).remove("id");
        ((ObjectNode) backup.get("babies").get(0)).put("nickname", "x");
        backup.put("formatVersion", 2);
        List<String> errors = schema().validate(backup);
        assertTrue(errors.contains("$.entries[0]: missing id"), errors.toString());
        assertTrue(errors.contains("$.babies[0]: unexpected nickname"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("$.formatVersion")), errors.toString());
    }

    @Test
    void theFormatDocumentAndTheCodeAgreeOnTheVersion() throws Exception {
        JsonNode schema = MAPPER.readTree(Files.readString(Path.of("docs/backup-format.schema.json")));
        assertEquals(BackupFormat.FORMAT_VERSION, schema.get("properties").get("formatVersion").get("const").asInt());
        String doc = Files.readString(Path.of("docs/backup-format.md"));
        assertFalse(doc.isBlank());
        for (String key : SyncedTables.KEYS.values()) {
            assertTrue(doc.contains("`" + key + "`"), "docs/backup-format.md does not describe " + key);
        }
    }

    private static MiniJsonSchema schema() throws Exception {
        return new MiniJsonSchema(MAPPER.readTree(Files.readString(Path.of("docs/backup-format.schema.json"))));
    }
}
