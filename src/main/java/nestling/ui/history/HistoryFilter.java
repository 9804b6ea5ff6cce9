package nestling.ui.history;

import java.time.LocalDate;
import java.util.UUID;
import nestling.domain.EntryType;

/**
 * What the History shows. Baby, type and dates narrow the query in the store; caregiver and the
 * search text narrow the loaded rows (so typing does not query again).
 *
 * @param babyId null for every baby
 * @param type null for every type
 * @param caregiverId null for everybody
 * @param from first local day shown, or null
 * @param to last local day shown (inclusive), or null
 * @param search words every shown row contains (case-insensitive), or blank
 */
public record HistoryFilter(UUID babyId, EntryType type, UUID caregiverId, LocalDate from, LocalDate to,
        String search) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, "");

    public HistoryFilter {
        search = search == null ? "" : search.strip();
    }

    /** Whether {@code other} needs a new query (not only a new narrowing of the loaded rows). */
    boolean queriesDifferently(HistoryFilter other) {
        return other == null || !java.util.Objects.equals(babyId, other.babyId) || type != other.type
                || !java.util.Objects.equals(from, other.from) || !java.util.Objects.equals(to, other.to);
    }
}
