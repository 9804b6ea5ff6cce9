package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nestling.domain.EntryType;
import nestling.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/backup-format.schema.json, checked by a full JSON Schema validator: real backups the current
 * build writes are valid, and a file the app's import refuses is refused by the schema too, so a
 * stranger who writes a backup by the schema writes one Nestling imports.
 */
class BackupSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static PublishedSchema schema;
    /** A real export of {@link EveryKindOfEntry}'s family, as plain JSON. */
    private static ObjectNode everyKind;

    @TempDir
    Path dir;

    @BeforeAll
    static void export(@TempDir Path stick) throws Exception {
        schema = PublishedSchema.load();
        try (Database source = Database.createEmpty()) {
            EveryKindOfEntry.log(source, BackupTestSupport.options().clock());
            Path file = BackupExporter.export(source, stick, null, BackupTestSupport.options()).file();
            everyKind = (ObjectNode) MAPPER.readTree(Files.readAllBytes(file));
        }
    }

    @Test
    void aBackupOfEveryEntryTypeAndEveryChoiceIsValid() {
        assertEquals(List.of(), schema.problems(everyKind));
        // the family really holds what the schema is asked about: every type, live and deleted
        Set<String> types = new TreeSet<>();
        everyKind.get("entries").forEach(e -> types.add(e.get("type").asString()));
        assertEquals(Arrays.stream(EntryType.values()).map(EntryType::wireName).collect(Collectors.toCollection(TreeSet::new)), types);
        assertTrue(everyKind.get("entries").valueStream().anyMatch(e -> e.get("deleted").asBoolean()
                && e.get("data").isEmpty()), "a tombstone with emptied data");
        assertEquals(5, everyKind.get("timers").size());
    }

    @Test
    void everyValueOfEveryChoiceIsInTheFileAndInTheSchema() {
        String text = everyKind.toString();
        for (Map.Entry<String, JsonNode> choice : enumsOfData().entrySet()) {
            for (JsonNode value : choice.getValue()) {
                if (!value.isNull()) {
                    assertTrue(text.contains("\"" + value.asString() + "\""), choice.getKey() + " " + value + " not in the backup");
                }
            }
        }
    }

    @Test
    void aBackupOfARandomFamilyIsValid() {
        Database database = Database.createEmpty();
        Family.fill(database, 31, 40);
        assertEquals(List.of(), schema.problems(MAPPER.readTree(Family.plainJson(database))));
    }

    /** Each field of each type's data, and each value of each choice, is the code's: the schema cannot drift. */
    @Test
    void theSchemaNamesEveryFieldAndChoiceOfEveryEntryTypeAsTheCodeDoes() throws Exception {
        JsonNode defs = schema.document().get("$defs");
        for (EntryType type : EntryType.values()) {
            JsonNode data = defs.get(type.wireName() + "Data");
            assertTrue(data != null, "no $defs/" + type.wireName() + "Data");
            assertFalse(data.get("additionalProperties").asBoolean(), type + ": unknown fields are refused");
            List<String> fields = Arrays.stream(type.dataClass().getRecordComponents()).map(c -> c.getName()).toList();
            assertEquals(new TreeSet<>(fields), new TreeSet<>(data.get("properties").propertyNames()), type.wireName());
            for (var component : type.dataClass().getRecordComponents()) {
                if (component.getType().isEnum()) {
                    Set<String> spelled = new TreeSet<>();
                    data.get("properties").get(component.getName()).get("enum").forEach(v -> {
                        if (!v.isNull()) {
                            spelled.add(v.asString());
                        }
                    });
                    Set<String> constants = Arrays.stream(component.getType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(constants, spelled, type.wireName() + "." + component.getName());
                }
            }
            String doc = Files.readString(Path.of("docs/backup-format.md"));
            assertTrue(doc.contains("### `" + type.wireName() + "`"), "docs/backup-format.md has no section on " + type.wireName());
            for (String field : fields) {
                assertTrue(doc.contains("| `" + field + "` |"), "docs/backup-format.md does not describe " + type.wireName() + "." + field);
            }
        }
    }

    /**
     * The schema refuses what the app refuses: each file is the real export with one thing changed,
     * and both the schema and the app's import (staging, every check an import makes) refuse it.
     */
    @Test
    void theSchemaAndTheImportRefuseTheSameFiles() throws Exception {
        Map<String, Consumer<ObjectNode>> spoiled = new LinkedHashMap<>();
        spoiled.put("a bottle of -5 ml", b -> data(b, "bottle").put("ml", -5));
        spoiled.put("a bottle of 501 ml", b -> data(b, "bottle").put("ml", 501));
        spoiled.put("a bottle of 1.5 ml", b -> data(b, "bottle").put("ml", 1.5));
        spoiled.put("an entry of type dance", b -> live(b, "note").put("type", "dance"));
        spoiled.put("a type spelled Bottle", b -> live(b, "bottle").put("type", "Bottle"));
        spoiled.put("an unknown field in data", b -> data(b, "bottle").put("colour", "blue"));
        spoiled.put("breast milk spelled breast_milk", b -> data(b, "bottle").put("content", "breast_milk"));
        spoiled.put("an enum as its number", b -> data(b, "sleep").put("kind", 1));
        spoiled.put("a dose as a string", b -> data(b, "medicine").put("dose", "2.5"));
        spoiled.put("a medicine without a unit", b -> data(b, "medicine").remove("unit"));
        spoiled.put("a sleep without an end", b -> live(b, "sleep").putNull("endAt"));
        spoiled.put("a bottle with an end", b -> live(b, "bottle").put("endAt", live(b, "bottle").get("startAt").asLong()));
        spoiled.put("a diaper both dry and wet", b -> data(b, "diaper").put("dry", true).put("wet", true));
        spoiled.put("a stool colour without dirty", b -> data(b, "diaper").put("dirty", false).put("wet", true));
        spoiled.put("a temperature of 46 °C", b -> data(b, "temperature").put("deciCelsius", 460));
        spoiled.put("a length without its position", b -> data(b, "growth").put("lengthMm", 700).remove("position"));
        spoiled.put("a custom activity naming no type", b -> activity(b, "CUSTOM").remove("activityTypeId"));
        spoiled.put("a spit-up size on a bath", b -> activity(b, "BATH").put("spitUpSize", "SMALL"));
        spoiled.put("a feed with time on a side but no last side", b -> data(b, "breastfeeding").putNull("lastSide"));
        spoiled.put("a blank note", b -> data(b, "note").put("text", "  "));
        spoiled.put("solids without a food", b -> data(b, "solids").putArray("foods"));
        spoiled.put("a created time without seconds", b -> b.put("createdAt", "2026-11-26T12:34Z"));
        spoiled.put("an id in upper case", b -> live(b, "note").put("id", live(b, "note").get("id").asString().toUpperCase()));

        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Consumer<ObjectNode>> change : spoiled.entrySet()) {
            ObjectNode backup = everyKind.deepCopy();
            change.getValue().accept(backup);
            boolean schemaRefuses = !schema.problems(backup).isEmpty();
            boolean appRefuses = importRefuses(backup);
            if (!schemaRefuses || !appRefuses) {
                disagreements.add(change.getKey() + ": schema " + (schemaRefuses ? "refuses" : "accepts") + ", app "
                        + (appRefuses ? "refuses" : "accepts"));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    /** What a stranger may write differently from Nestling's writer and both still accept. */
    @Test
    void theSchemaAndTheImportAcceptTheSameVariations() throws Exception {
        Map<String, Consumer<ObjectNode>> varied = new LinkedHashMap<>();
        varied.put("120.0 ml", b -> data(b, "bottle").put("ml", 120.0));
        varied.put("fields left at null, false and 0 written out", b -> data(b, "diaper").putNull("notes").put("rash", false)
                .putNull("dry"));
        varied.put("a bottle of unknown content", b -> data(b, "bottle").putNull("content"));
        varied.put("a dose of 2.50", b -> data(b, "medicine").put("dose", new java.math.BigDecimal("2.50")));
        varied.put("a created time in nanoseconds", b -> b.put("createdAt", "2026-11-26T12:34:56.123456789Z"));
        varied.put("a created time in whole seconds", b -> b.put("createdAt", "2026-11-26T12:34:56Z"));
        varied.put("an activity with an end", b -> live(b, "activity").put("endAt", live(b, "activity").get("startAt").asLong() + 60_000));
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Consumer<ObjectNode>> change : varied.entrySet()) {
            ObjectNode backup = everyKind.deepCopy();
            change.getValue().accept(backup);
            List<String> problems = schema.problems(backup);
            boolean appRefuses = importRefuses(backup);
            if (!problems.isEmpty() || appRefuses) {
                disagreements.add(change.getKey() + ": schema " + problems + ", app " + (appRefuses ? "refuses" : "accepts"));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    /** The complete entry the document shows is one the schema accepts. */
    @Test
    void theDocumentsExampleEntryIsValid() throws Exception {
        String doc = Files.readString(Path.of("docs/backup-format.md"));
        int section = doc.indexOf("### A complete entry");
        int from = doc.indexOf("```json", section) + "```json".length();
        JsonNode example = MAPPER.readTree(doc.substring(from, doc.indexOf("```", from)));
        ObjectNode backup = everyKind.deepCopy();
        backup.putArray("entries").add(example);
        assertEquals(List.of(), schema.problems(backup));
        assertEquals("BREAST_MILK", example.get("data").get("content").asString());
    }

    @Test
    void theUnchangedExportImports() throws Exception {
        assertFalse(importRefuses(everyKind));
    }

    @Test
    void theSchemaRejectsAMissingIdAnUnknownFieldAndANewerFormat() {
        ObjectNode backup = everyKind.deepCopy();
        ((ObjectNode) backup.get("entries").get(0)).remove("id");
        ((ObjectNode) backup.get("babies").get(0)).put("nickname", "x");
        backup.put("formatVersion", 2);
        List<String> problems = schema.problems(backup);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/entries/0:") && p.contains("id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/babies/0:") && p.contains("nickname")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/formatVersion")), problems.toString());
    }

    @Test
    void theFormatDocumentAndTheCodeAgreeOnTheVersions() throws Exception {
        assertEquals(BackupFormat.FORMAT_VERSION, schema.document().get("properties").get("formatVersion").get("const").asInt());
        String doc = Files.readString(Path.of("docs/backup-format.md"));
        for (String key : SyncedTables.KEYS.values()) {
            assertTrue(doc.contains("`" + key + "`"), "docs/backup-format.md does not describe " + key);
        }
        int schemaVersion = Database.latestSchemaVersion();
        assertTrue(doc.contains("\"schemaVersion\": " + schemaVersion + ","), "the example's schemaVersion is not " + schemaVersion);
        assertEquals(schemaVersion, everyKind.get("schemaVersion").asInt());
        assertTrue(Files.readString(Path.of("docs/vault-format.md")).contains("currently " + schemaVersion + ")"),
                "docs/vault-format.md names another schema version");
    }

    private boolean importRefuses(JsonNode backup) throws Exception {
        Path file = Files.createTempFile(dir, "backup", ".json");
        Files.write(file, MAPPER.writeValueAsBytes(backup));
        try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            return false;
        } catch (BackupException e) {
            return true;
        }
    }

    /** Every {@code enum} of a property of a type's data in the schema, by "type.field". */
    private static Map<String, JsonNode> enumsOfData() {
        Map<String, JsonNode> enums = new LinkedHashMap<>();
        for (EntryType type : EntryType.values()) {
            schema.document().get("$defs").get(type.wireName() + "Data").get("properties").properties().forEach(p -> {
                if (p.getValue().has("enum")) {
                    enums.put(type.wireName() + "." + p.getKey(), p.getValue().get("enum"));
                }
            });
        }
        return enums;
    }

    /** The first live entry of {@code type}. */
    private static ObjectNode live(ObjectNode backup, String type) {
        for (JsonNode entry : backup.get("entries")) {
            if (entry.get("type").asString().equals(type) && !entry.get("deleted").asBoolean()) {
                return (ObjectNode) entry;
            }
        }
        throw new AssertionError("no live " + type);
    }

    private static ObjectNode data(ObjectNode backup, String type) {
        for (JsonNode entry : backup.get("entries")) {
            if (entry.get("type").asString().equals(type) && !entry.get("deleted").asBoolean()
                    && (!type.equals("breastfeeding") || entry.get("data").has("leftSeconds"))
                    && (!type.equals("diaper") || entry.get("data").has("stoolColour"))) {
                return (ObjectNode) entry.get("data");
            }
        }
        throw new AssertionError("no live " + type);
    }

    private static ObjectNode activity(ObjectNode backup, String kind) {
        for (JsonNode entry : backup.get("entries")) {
            if (entry.get("type").asString().equals("activity") && entry.get("data").path("kind").asString("").equals(kind)) {
                return (ObjectNode) entry.get("data");
            }
        }
        throw new AssertionError("no activity " + kind);
    }
}
