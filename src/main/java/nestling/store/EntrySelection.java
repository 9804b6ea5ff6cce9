package nestling.store;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nestling.domain.EntryType;

/**
 * Which live entries a long listing (the History) shows: every field narrows, null or empty means
 * "any". The range keeps {@link EntryQuery}'s meaning: an entry that touches [{@code from},
 * {@code to}) is in it, so a night's sleep that began before {@code from} still shows.
 *
 * @param babyId null for every baby
 * @param types empty for every type
 * @param createdBy null for every caregiver (and for entries nobody signed)
 * @param from null for no lower bound
 * @param to null for no upper bound
 */
public record EntrySelection(UUID babyId, Set<EntryType> types, UUID createdBy, Instant from, Instant to) {
    public static final EntrySelection ALL = new EntrySelection(null, Set.of(), null, null, null);

    public EntrySelection {
        types = types == null ? Set.of() : Set.copyOf(types);
    }
}
