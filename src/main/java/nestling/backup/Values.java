package nestling.backup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Column values to JSON, by {@link ColumnKind}. The reverse lives in {@link RecordReader}. */
final class Values {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Values() {
    }

    static void write(JsonGenerator g, Column column, ResultSet rows, int index) throws SQLException {
        Object value = rows.getObject(index);
        if (value == null) {
            g.writeNull();
            return;
        }
        switch (column.kind()) {
            case UUID -> g.writeString(Ids.toText(rows.getBytes(index)));
            case BYTES -> g.writeString(Base64.getEncoder().encodeToString(rows.getBytes(index)));
            case JSON -> copyJson(g, rows.getString(index));
            case BOOLEAN -> g.writeBoolean(rows.getLong(index) != 0);
            case INTEGER -> g.writeNumber(rows.getLong(index));
            case REAL -> g.writeNumber(rows.getDouble(index));
            case TEXT -> g.writeString(rows.getString(index));
        }
    }

    /** Copies JSON text into the generator token by token (no tree), re-encoding it compactly. */
    static void copyJson(JsonGenerator g, String text) {
        try (JsonParser p = MAPPER.createParser(text)) {
            p.nextToken();
            g.copyCurrentStructure(p);
        }
    }

    /**
     * The JSON object or array the parser is at, as the text it was written with, cut from
     * {@code source} (the stream the parser reads): a backup's 200,000 entries each carry one, and
     * copying them through a generator took a fifth of loading the file. The parser still reads
     * every token of it, so its syntax is checked; without the source it is re-serialized.
     */
    static String rawJson(JsonParser p, SourceWindow source) {
        long start = p.currentTokenLocation().getByteOffset();
        if (source == null || start < 0) {
            return compactJson(p);
        }
        source.keepFrom(start);
        p.skipChildren();
        return source.text(start, p.currentLocation().getByteOffset());
    }

    /** The JSON value the parser is at, as compact text (no tree). */
    static String compactJson(JsonParser p) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    static JsonNode parseJson(String text) {
        return MAPPER.readTree(text);
    }
}
