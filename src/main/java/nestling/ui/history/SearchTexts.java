package nestling.ui.history;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nestling.domain.EntryType;
import nestling.store.EntrySelection;

/**
 * The lower-case "type · summary" of every entry the History has seen, by id, so a search is a
 * scan over strings rather than a query and 200,000 summaries. An entry's text is stale when its
 * last-change time moved (an edit) or the units changed; baby and caregiver names are not part of
 * it (they are looked up when matching, so a rename needs no rebuild).
 */
public final class SearchTexts {
    /**
     * What is cached for one entry: its text and what the filters ask of it, so a search can apply
     * baby, type, caregiver and dates too without a query.
     *
     * @param endMillis the end, or {@link Long#MIN_VALUE} for an entry without one
     */
    public record Text(long updatedMillis, UUID babyId, EntryType type, UUID createdBy, long startMillis, long endMillis,
            String typeAndSummary) {
        /** Whether the store's selection would list this entry (the same rules as its query). */
        boolean selectedBy(EntrySelection selection) {
            return (selection.babyId() == null || selection.babyId().equals(babyId))
                    && (selection.types().isEmpty() || selection.types().contains(type))
                    && (selection.createdBy() == null || selection.createdBy().equals(createdBy))
                    && (selection.to() == null || startMillis < selection.to().toEpochMilli())
                    && (selection.from() == null || startMillis >= selection.from().toEpochMilli()
                            || endMillis > selection.from().toEpochMilli());
        }
    }

    private final Map<UUID, Text> texts = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> ids = new ConcurrentHashMap<>();
    private volatile Object units;

    /** The cached text, or null when there is none for this version of the entry. */
    Text get(UUID id, long updatedMillis) {
        Text text = texts.get(id);
        return text == null || text.updatedMillis() != updatedMillis ? null : text;
    }

    void put(UUID id, Text text) {
        texts.put(id, text);
    }

    /**
     * One instance per baby or caregiver id: 200,000 texts then share a handful of UUIDs instead
     * of each holding two copies (about 13 MB).
     */
    UUID shared(UUID id) {
        return id == null ? null : ids.computeIfAbsent(id, i -> i);
    }

    /** Forgets everything when the summaries' units are not those the texts were made with. */
    void useUnits(Object current) {
        if (!current.equals(units)) {
            texts.clear();
            units = current;
        }
    }

    int size() {
        return texts.size();
    }
}
