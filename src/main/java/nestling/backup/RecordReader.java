package nestling.backup;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import nestling.store.CompactView;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one record object of a table from the parser and binds its values to an insert statement,
 * checking each value against the column it names. Errors carry the JSON path of the value.
 */
final class RecordReader {
    private RecordReader() {
    }

    /** Where checked values go: an insert statement, or nowhere (checking only). */
    @FunctionalInterface
    interface Sink {
        Sink NONE = (index, value) -> { };

        void set(int index, Object value) throws SQLException;

        /**
         * Into the stored table of a compact view ({@link CompactView#insertSql}): the UUIDs of
         * its numbered columns are bound as their local numbers.
         */
        static Sink numbering(PreparedStatement statement, TableShape shape, CompactView view,
                CompactView.Numbering numbering) {
            Sink plain = of(statement);
            boolean[] numbered = new boolean[shape.columns().size() + 1];
            for (int i = 0; i < shape.columns().size(); i++) {
                numbered[i + 1] = view.isNumbered(shape.columns().get(i).sqlName());
            }
            return (index, value) -> plain.set(index,
                    numbered[index] && value != null ? (Object) numbering.number((byte[]) value) : value);
        }

        static Sink of(PreparedStatement statement) {
            return (index, value) -> {
                if (value == null) {
                    statement.setNull(index, Types.NULL);
                } else {
                    statement.setObject(index, value);
                }
            };
        }
    }

    /**
     * Where a record sits in the backup, as the JSON path an error names ({@code $.entries[12]}).
     * The text is only built for an error: a large backup holds millions of values.
     */
    record Place(String key, long index) {
        String path() {
            return "$." + key + "[" + index + "]";
        }

        String field(String name) {
            return path() + "." + name;
        }
    }

    /** Parses the object the parser is at (START_OBJECT) and returns its id bytes. */
    static byte[] bind(JsonParser p, SourceWindow source, TableShape shape, Place place, Sink insert)
            throws BackupException, SQLException {
        var columns = shape.columns();
        boolean[] seen = new boolean[columns.size()];
        byte[] id = null;
        for (int i = 0; i < columns.size(); i++) {
            insert.set(i + 1, null);
        }
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            Integer found = shape.indexOfJsonName(name);
            if (found == null) {
                throw new BackupException(BackupProblem.SCHEMA_VIOLATION,
                        UnknownNames.describe("unknown field", place.path(), name, shape.jsonIndex().keySet()));
            }
            int index = found;
            Column column = columns.get(index);
            seen[index] = true;
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                if (column.notNull()) {
                    throw new BackupException(BackupProblem.SCHEMA_VIOLATION, place.field(name) + " must not be null");
                }
                continue;
            }
            Object value = value(p, source, token, column, place, name);
            if (column.sqlName().equals("id")) {
                id = (byte[]) value;
            }
            insert.set(index + 1, value);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!seen[i] && columns.get(i).notNull()) {
                throw new BackupException(BackupProblem.SCHEMA_VIOLATION, place.field(columns.get(i).jsonName()) + " is missing");
            }
        }
        return id;
    }

    private static Object value(JsonParser p, SourceWindow source, JsonToken token, Column column, Place place, String name)
            throws BackupException {
        return switch (column.kind()) {
            case UUID -> {
                byte[] id = token == JsonToken.VALUE_STRING ? Ids.parse(p.getString()) : null;
                if (id == null) {
                    throw violation(place.field(name), "a UUID string");
                }
                yield id;
            }
            case BYTES -> {
                expect(token == JsonToken.VALUE_STRING, place, name, "a base64 string");
                try {
                    yield Base64.getDecoder().decode(p.getString());
                } catch (IllegalArgumentException e) {
                    throw violation(place.field(name), "a base64 string");
                }
            }
            case JSON -> {
                expect(token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY, place, name, "a JSON object or array");
                yield Values.rawJson(p, source);
            }
            case BOOLEAN -> {
                expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, place, name, "true or false");
                yield token == JsonToken.VALUE_TRUE ? 1L : 0L;
            }
            case INTEGER -> {
                expect(token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER,
                        place, name, "a whole number");
                long value = p.getLongValue();
                checkRange(column, value, place, name);
                yield value;
            }
            case REAL -> {
                expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT, place, name, "a number");
                double value = p.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw new BackupException(BackupProblem.IMPOSSIBLE_VALUE, place.field(name));
                }
                yield value;
            }
            case TEXT -> {
                expect(token == JsonToken.VALUE_STRING, place, name, "a string");
                yield p.getString();
            }
        };
    }

    /**
     * Generic plausibility rules: UTC offsets within ±18 hours. Instants may be any whole number the
     * vault holds: a clock set far ahead (or back) stamps what it said, a birth may be before 1970,
     * and a backup must carry all of it (see `nestling check` for entries dated in the future).
     */
    private static void checkRange(Column column, long value, Place place, String jsonName) throws BackupException {
        String name = column.sqlName();
        boolean impossible = name.endsWith("_offset") && Math.abs(value) > 18 * 3600;
        if (impossible) {
            throw new BackupException(BackupProblem.IMPOSSIBLE_VALUE, place.field(jsonName));
        }
    }

    private static void expect(boolean ok, Place place, String name, String what) throws BackupException {
        if (!ok) {
            throw violation(place.field(name), what);
        }
    }

    private static BackupException violation(String at, String what) {
        return new BackupException(BackupProblem.SCHEMA_VIOLATION, at + " must be " + what);
    }
}
