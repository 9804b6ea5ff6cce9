package nestling.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nestling.store.CompactView;
import nestling.store.Database;
import nestling.store.StoreException;
import nestling.vault.SealedFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses backup JSON into a staging database created at the backup's own schema version, then
 * migrates it. The JSON is read as a stream, twice (well-formed UTF-8 first, then the parse), and
 * never held whole: only an entry's {@code data} text is kept while it is read ({@link SourceWindow}). The header keys ({@code format}, {@code formatVersion},
 * {@code schemaVersion}) must precede the record arrays. Every problem becomes a
 * {@link BackupException} naming it and where; nothing here touches the family's database.
 */
final class BackupReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> REQUIRED = List.of("format", "formatVersion", "schemaVersion", "createdAt", "app",
            "babies", "caregivers", "entries");

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Long> declaredCounts = new LinkedHashMap<>();
    private final Map<String, Long> readCounts = new LinkedHashMap<>();
    private final boolean checkOnly;
    /** The stream being parsed: an entry's data is taken from it as written instead of re-serialized. */
    private SourceWindow source;
    private Database staging;
    private List<TableShape> shapes;

    private BackupReader(boolean checkOnly) {
        this.checkOnly = checkOnly;
    }

    static StagedBackup read(byte[] json) throws BackupException {
        return run(JsonSource.of(json), false);
    }

    /** The backup JSON read from {@code json} in two passes (UTF-8, then parsing), never held whole. */
    static StagedBackup read(JsonSource json) throws BackupException {
        return run(json, false);
    }

    /**
     * Every check {@link #read} makes on the JSON itself (syntax, header, each value against its
     * column, duplicate ids, plausibility, counts) without loading the records into a database:
     * for reading back a backup just written from a database that already enforces its own
     * constraints. Returns the header with the counts found.
     */
    static BackupInfo check(JsonSource json) throws BackupException {
        try (StagedBackup checked = run(json, true)) {
            return checked.info();
        }
    }

    private static StagedBackup run(JsonSource json, boolean checkOnly) throws BackupException {
        BackupReader reader = new BackupReader(checkOnly);
        try {
            return reader.parse(json);
        } catch (BackupException | RuntimeException e) {
            if (reader.staging != null) {
                reader.staging.close();
            }
            throw e;
        }
    }

    private StagedBackup parse(JsonSource json) throws BackupException {
        try (InputStream in = json.open()) {
            Utf8.Invalid invalid = Utf8.firstInvalid(in);
            if (invalid != null) {
                throw new BackupException(BackupProblem.INVALID_JSON, invalid.describe());
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        try (SourceWindow in = new SourceWindow(open(json)); JsonParser p = MAPPER.createParser(in)) {
            source = in;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BackupException(BackupProblem.NOT_A_BACKUP);
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                if (header.containsKey(name) || readCounts.containsKey(name)) {
                    throw new BackupException(BackupProblem.SCHEMA_VIOLATION, "$." + name + " appears twice");
                }
                p.nextToken();
                field(p, name);
            }
            if (p.nextToken() != null) {
                throw invalid("content after the end of the backup", p.currentTokenLocation());
            }
        } catch (StreamReadException e) {
            throw invalid(e.getOriginalMessage(), e.getLocation());
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException cause) {
                throw unreadable(cause);
            }
            throw new BackupException(BackupProblem.INVALID_JSON, e.getClass().getSimpleName());
        } catch (IOException e) {
            throw unreadable(e);
        }
        for (String key : REQUIRED) {
            if (!header.containsKey(key) && !readCounts.containsKey(key)) {
                throw new BackupException(key.equals("format") ? BackupProblem.NOT_A_BACKUP : BackupProblem.SCHEMA_VIOLATION,
                        "$." + key + " is missing");
            }
        }
        checkCounts();
        Instant createdAt = (Instant) header.get("createdAt");
        BackupInfo info = new BackupInfo((Integer) header.get("formatVersion"), (Integer) header.get("schemaVersion"),
                createdAt, (String) header.get("app"), (String) header.get("source"), Map.copyOf(readCounts));
        try {
            if (!checkOnly) {
                staging.migrateToLatest();
            }
        } catch (StoreException e) {
            throw new BackupException(BackupProblem.IMPOSSIBLE_VALUE, "the records do not fit this Nestling's schema");
        }
        if (!checkOnly) {
            StagedRecordChecks.check(staging); // every record as the app will read it
        }
        return new StagedBackup(info, staging);
    }

    private void field(JsonParser p, String name) throws BackupException {
        switch (name) {
            case "format" -> {
                if (p.currentToken() != JsonToken.VALUE_STRING || !BackupFormat.FORMAT.equals(p.getString())) {
                    throw new BackupException(BackupProblem.NOT_A_BACKUP);
                }
                header.put(name, BackupFormat.FORMAT);
            }
            case "formatVersion" -> {
                requireFormat();
                int version = wholeNumber(p, name);
                if (version > BackupFormat.FORMAT_VERSION) {
                    throw new BackupException(BackupProblem.NEWER_FORMAT, "format version " + version);
                }
                if (version < 1) {
                    throw violation(name, "a version from 1 up");
                }
                header.put(name, version);
            }
            case "schemaVersion" -> {
                requireFormat();
                int version = wholeNumber(p, name);
                if (version > Database.latestSchemaVersion()) {
                    throw new BackupException(BackupProblem.NEWER_FORMAT, "schema version " + version);
                }
                if (version < 1) {
                    throw violation(name, "a version from 1 up");
                }
                header.put(name, version);
                startStaging(version);
            }
            case "createdAt" -> {
                try {
                    header.put(name, Instant.parse(text(p, name)));
                } catch (DateTimeParseException e) {
                    throw violation(name, "an ISO-8601 instant");
                }
            }
            case "app" -> header.put(name, objectField(p, name, "version"));
            case "source" -> header.put(name, objectField(p, name, "vaultId"));
            case "counts" -> readCountsObject(p);
            case SyncedTables.SETTINGS_KEY -> readSettings(p);
            default -> readTable(p, name);
        }
    }

    private void requireFormat() throws BackupException {
        if (!header.containsKey("format")) {
            throw new BackupException(BackupProblem.NOT_A_BACKUP, "$.format must come first");
        }
    }

    private void startStaging(int version) {
        staging = Database.createAtSchemaVersion(version);
        shapes = staging.read(c -> {
            try {
                return SyncedTables.shapes(c);
            } catch (BackupException e) {
                throw new WrappedBackupException(e);
            }
        });
    }

    private void readTable(JsonParser p, String key) throws BackupException {
        requireFormat();
        if (staging == null || !header.containsKey("formatVersion")) {
            if (SyncedTables.KEYS.containsValue(key)) {
                throw violation(key, "after format, formatVersion and schemaVersion");
            }
            throw new BackupException(BackupProblem.SCHEMA_VIOLATION,
                    UnknownNames.describe("unknown key", "$", key, SyncedTables.KEYS.values()));
        }
        TableShape shape = shapes.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(
                () -> new BackupException(BackupProblem.SCHEMA_VIOLATION, UnknownNames.describe("unknown key", "$", key,
                        SyncedTables.KEYS.values()) + " for schema version " + header.get("schemaVersion")));
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw violation(key, "an array");
        }
        long count;
        try {
            count = staging.write(c -> insertAll(p, source, shape, c, checkOnly));
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
        readCounts.put(key, count);
    }

    private static long insertAll(JsonParser p, SourceWindow source, TableShape shape, Connection c, boolean checkOnly) throws SQLException {
        SeenIds ids = new SeenIds();
        long index = 0;
        // A compact view's rows go straight into its stored table: its trigger would triple the load's cost.
        Optional<CompactView> compact = shape.compactView();
        try (PreparedStatement insert = c.prepareStatement(
                compact.map(v -> v.insertSql(shape.sqlNames())).orElseGet(shape::insertSql))) {
            RecordReader.Sink sink = checkOnly ? RecordReader.Sink.NONE
                    : compact.isPresent() ? RecordReader.Sink.numbering(insert, shape, compact.get(), CompactView.numbering(c))
                    : RecordReader.Sink.of(insert);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
                if (index == SecondaryIndexes.WORTH_IT_FROM_ROWS && !checkOnly) {
                    SecondaryIndexes.setAside(c, shape.storedTable());
                }
                RecordReader.Place place = new RecordReader.Place(shape.key(), index);
                try {
                    if (t != JsonToken.START_OBJECT) {
                        throw new BackupException(BackupProblem.SCHEMA_VIOLATION, place.path() + " must be an object");
                    }
                    byte[] id = RecordReader.bind(p, source, shape, place, sink);
                    if (!ids.add(id)) {
                        throw new BackupException(BackupProblem.DUPLICATE_ID, place.field("id"));
                    }
                    try {
                        if (!checkOnly) {
                            insert.executeUpdate();
                        }
                    } catch (SQLException e) {
                        // a CHECK or UNIQUE constraint of the schema: the values cannot be real
                        throw new BackupException(BackupProblem.IMPOSSIBLE_VALUE, place.path());
                    }
                } catch (BackupException e) {
                    throw new WrappedBackupException(e);
                }
            }
        }
        // Not built again: the staging database is only ever read by id (its primary key) or whole
        // (checks, summary, the copy a restore or merge attaches), so a plain index there is pure
        // cost (about 0.25 s at 200k entries, and a larger copy to attach). Unique ones stay.
        return index;
    }

    private void readSettings(JsonParser p) throws BackupException {
        if (staging == null) {
            throw violation(SyncedTables.SETTINGS_KEY, "after format, formatVersion and schemaVersion");
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw violation(SyncedTables.SETTINGS_KEY, "an object of strings");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key = p.nextName(); key != null; key = p.nextName()) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw violation(SyncedTables.SETTINGS_KEY + "." + key, "a string");
            }
            if (!key.startsWith(BackupFormat.LOCAL_SETTING_PREFIX)) {
                settings.put(key, p.getString());
            }
        }
        staging.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> setting : settings.entrySet()) {
                    insert.setString(1, setting.getKey());
                    insert.setString(2, setting.getValue());
                    insert.executeUpdate();
                }
            }
            return null;
        });
        readCounts.put(SyncedTables.SETTINGS_KEY, (long) settings.size());
    }

    private void readCountsObject(JsonParser p) throws BackupException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw violation("counts", "an object");
        }
        for (String key = p.nextName(); key != null; key = p.nextName()) {
            p.nextToken();
            declaredCounts.put(key, (long) wholeNumber(p, "counts." + key));
        }
        header.put("counts", declaredCounts);
    }

    private void checkCounts() throws BackupException {
        for (Map.Entry<String, Long> declared : declaredCounts.entrySet()) {
            Long read = readCounts.get(declared.getKey());
            if (read == null || !read.equals(declared.getValue())) {
                throw new BackupException(BackupProblem.DAMAGED, "$.counts." + declared.getKey()
                        + " does not match the records");
            }
        }
    }

    private static String objectField(JsonParser p, String name, String wanted) throws BackupException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw violation(name, "an object");
        }
        String found = null;
        for (String key = p.nextName(); key != null; key = p.nextName()) {
            JsonToken t = p.nextToken();
            if (key.equals(wanted)) {
                if (t != JsonToken.VALUE_STRING) {
                    throw violation(name + "." + key, "a string");
                }
                found = p.getString();
            } else {
                p.skipChildren();
            }
        }
        if (found == null) {
            throw violation(name + "." + wanted, "present");
        }
        return found;
    }

    private static int wholeNumber(JsonParser p, String name) throws BackupException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw violation(name, "a whole number");
        }
        int value = p.getIntValue();
        if (value < 0) {
            throw violation(name, "zero or more");
        }
        return value;
    }

    private static String text(JsonParser p, String name) throws BackupException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw violation(name, "a string");
        }
        return p.getString();
    }

    private static InputStream open(JsonSource json) throws BackupException {
        try {
            return json.open();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A sealed payload whose chunk fails now (the file changed since it was checked) is damage; anything else, unreadable. */
    private static BackupException unreadable(IOException e) {
        return e instanceof SealedFile.DamagedException
                ? new BackupException(BackupProblem.DAMAGED, null, e)
                : new BackupException(BackupProblem.UNREADABLE, e.getClass().getSimpleName(), e);
    }

    private static BackupException violation(String name, String what) {
        return new BackupException(BackupProblem.SCHEMA_VIOLATION, "$." + name + " must be " + what);
    }

    private static BackupException invalid(String what, TokenStreamLocation at) {
        String where = at == null || at == TokenStreamLocation.NA ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        // Jackson's own text may quote a bit of the input (family data): drop quoted parts, keep the first clause.
        String reason = what == null ? "unexpected content"
                : what.replaceAll("'[^']*'|\"[^\"]*\"|`[^`]*`", "…").split("[\\n:(]")[0].strip();
        return new BackupException(BackupProblem.INVALID_JSON, where + reason);
    }
}
