package nestling.backup;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/backup-format.schema.json as a stranger would use it: checked by a full JSON Schema 2020-12
 * validator (networknt), not by code of ours that could share our misreadings.
 */
final class PublishedSchema {
    static final Path FILE = Path.of("docs/backup-format.schema.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Schema schema;
    private final JsonNode document;

    private PublishedSchema(JsonNode document) {
        this.document = document;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(document);
    }

    static PublishedSchema load() throws IOException {
        return new PublishedSchema(MAPPER.readTree(Files.readString(FILE)));
    }

    JsonNode document() {
        return document;
    }

    /** Each problem as "instance location: message"; empty when {@code backup} is valid. */
    List<String> problems(JsonNode backup) {
        return schema.validate(backup).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
