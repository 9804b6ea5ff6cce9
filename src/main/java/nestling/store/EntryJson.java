package nestling.store;

import nestling.domain.EntryData;
import nestling.domain.EntryType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code entry.data} column: the type's own fields as a JSON object, property names as in the
 * records of {@link EntryData}. Unknown properties are ignored, so a vault written by a newer version
 * with extra fields still opens.
 */
public final class EntryJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EntryJson() {
    }

    public static String write(EntryData data) {
        return MAPPER.writeValueAsString(data);
    }

    public static EntryData read(EntryType type, String json) {
        try {
            return MAPPER.readValue(json, type.dataClass());
        } catch (JacksonException e) {
            // The message of a Jackson error quotes the JSON, which is family data: keep only the kind.
            throw new StoreException("an entry of type " + type.wireName() + " could not be read ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }
}
