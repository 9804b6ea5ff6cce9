package nestling.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code entry.data} column: the type's own fields as a JSON object, property names as in the
 * records of {@link EntryData}. Unknown properties are ignored, so a vault written by a newer version
 * with extra fields still opens.
 */
public final class EntryJson {
    private static final JsonInclude.Value PRIMITIVE_DEFAULT_LEFT_OUT =
            JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT);
    /**
     * Writes only what differs from "not given": no null fields, and no primitive field at its
     * zero or false (a diaper that was only wet is {@code {"wet":true}}). Reading gives back the
     * same record, because a missing field reads as null, 0 or false. Every entry's data is in
     * every save and every backup, so this halves the column (about 70 to 35 bytes an entry on
     * average; 7 MB at 200,000 entries). Boxed numbers keep an explicit 0: 0 ml is not "not given".
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .withConfigOverride(boolean.class, override -> override.setInclude(PRIMITIVE_DEFAULT_LEFT_OUT))
            .withConfigOverride(int.class, override -> override.setInclude(PRIMITIVE_DEFAULT_LEFT_OUT))
            .withConfigOverride(long.class, override -> override.setInclude(PRIMITIVE_DEFAULT_LEFT_OUT))
            // a left-out primitive reads as its zero (Jackson 3 would refuse it as a null)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    /**
     * One reader per type, built at its first read and kept: a per-call {@code readValue(json, class)}
     * looks the deserializer up each time. Not all up front: building a reader introspects its record
     * (about 15 ms for all twelve at a command's start), and {@code nestling log note} reads none.
     */
    private static final AtomicReferenceArray<ObjectReader> READERS = new AtomicReferenceArray<>(EntryType.values().length);

    private EntryJson() {
    }

    public static String write(EntryData data) {
        return MAPPER.writeValueAsString(data);
    }

    public static EntryData read(EntryType type, String json) {
        try {
            return reader(type).readValue(json);
        } catch (JacksonException e) {
            // The message of a Jackson error quotes the JSON, which is family data: keep only the kind.
            throw new StoreException("an entry of type " + type.wireName() + " could not be read ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }

    /**
     * Every field of {@code type}'s data (in declaration order) with the value it has when left
     * out of the JSON: "" for a missing value, "false" or "0" for a primitive at its default.
     * For readers that show the JSON as is (the CSV export), so a column is never missing or blank
     * because {@link #write} left a field out.
     */
    public static Map<String, String> leftOutValues(EntryType type) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent component : type.dataClass().getRecordComponents()) {
            Class<?> kind = component.getType();
            fields.put(component.getName(), kind == boolean.class ? "false" : kind.isPrimitive() ? "0" : "");
        }
        return fields;
    }

    /** {@code type}'s reader; two threads reading the same new type at once may both build it, and either is kept. */
    private static ObjectReader reader(EntryType type) {
        ObjectReader reader = READERS.get(type.ordinal());
        if (reader == null) {
            reader = MAPPER.readerFor(type.dataClass());
            READERS.compareAndSet(type.ordinal(), null, reader);
        }
        return reader;
    }
}
