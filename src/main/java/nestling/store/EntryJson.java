package nestling.store;

import nestling.domain.EntryData;
import nestling.domain.EntryType;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code entry.data} column: the type's own fields as a JSON object, property names as in the
 * records of {@link EntryData}. Unknown properties are ignored, so a vault written by a newer version
 * with extra fields still opens.
 */
public final class EntryJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** One reader per type, built once: a per-call {@code readValue(json, class)} looks the deserializer up each time. */
    private static final Map<EntryType, ObjectReader> READERS = readers();

    private EntryJson() {
    }

    public static String write(EntryData data) {
        return MAPPER.writeValueAsString(data);
    }

    public static EntryData read(EntryType type, String json) {
        try {
            return READERS.get(type).readValue(json);
        } catch (JacksonException e) {
            // The message of a Jackson error quotes the JSON, which is family data: keep only the kind.
            throw new StoreException("an entry of type " + type.wireName() + " could not be read ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static Map<EntryType, ObjectReader> readers() {
        Map<EntryType, ObjectReader> readers = new EnumMap<>(EntryType.class);
        for (EntryType type : EntryType.values()) {
            readers.put(type, MAPPER.readerFor(type.dataClass()));
        }
        return readers;
    }
}
