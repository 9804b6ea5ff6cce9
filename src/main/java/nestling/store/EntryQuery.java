package nestling.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nestling.domain.EntryType;

/**
 * Which entries to list: those that touch [{@code from}, {@code to}) (an entry that started before
 * {@code from} but ends after it is included), optionally of one baby and of some types only.
 *
 * @param babyId null for every baby
 * @param types empty for every type
 */
public record EntryQuery(UUID babyId, Instant from, Instant to, Set<EntryType> types) {
    public EntryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static EntryQuery of(UUID babyId, Instant from, Instant to) {
        return new EntryQuery(babyId, from, to, Set.of());
    }
}
