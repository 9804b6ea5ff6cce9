package nestling.backup;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nestling.domain.EntryData;
import nestling.store.EntryJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's {@code data} must be stored exactly as the backup wrote it: the app's decoder is
 * lenient (it ignores unknown fields, so a newer vault still opens, and turns 1.5 into 1 for a
 * whole-number field), which for an import would change the family's data without a word. So the
 * decoded record is written again and compared field by field with the backup's JSON; a field the
 * type does not have, or a value that would not come back the same, is refused by name.
 */
final class DataAsWritten {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DataAsWritten() {
    }

    /** Thrown with the field ({@code data.ml}) and the rule, never the value (family data). */
    static final class Changed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;
        final String why;

        Changed(String field, String why) {
            super(field + " " + why, null, false, false);
            this.field = field;
            this.why = why;
        }
    }

    static void check(String json, EntryData decoded) {
        JsonNode given = MAPPER.readTree(json);
        JsonNode kept = MAPPER.readTree(EntryJson.write(decoded));
        Set<String> fields = new HashSet<>();
        for (var component : decoded.getClass().getRecordComponents()) {
            fields.add(component.getName());
        }
        for (Map.Entry<String, JsonNode> property : given.properties()) {
            String name = property.getKey();
            if (!fields.contains(name)) {
                throw new Changed("data." + name, "is not a field of this type of entry");
            }
            JsonNode value = property.getValue();
            if (!same(value, kept.get(name))) {
                throw new Changed("data." + name, value.isNumber() && !kept.path(name).isMissingNode()
                        && kept.get(name).isIntegralNumber() ? "must be a whole number" : "would not be stored as written");
            }
        }
    }

    /** {@code kept} null: the writer left the field out, which reads as null, false or 0. */
    private static boolean same(JsonNode given, JsonNode kept) {
        if (kept == null) {
            return given.isNull() || (given.isBoolean() && !given.booleanValue())
                    || (given.isNumber() && given.decimalValue().signum() == 0);
        }
        if (given.isNumber() && kept.isNumber()) {
            return given.decimalValue().compareTo(kept.decimalValue()) == 0;
        }
        return given.equals(kept);
    }
}
