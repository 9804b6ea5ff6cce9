package nestling.ui.history;

import java.time.LocalDate;
import java.util.UUID;
import nestling.domain.EntryType;

/**
 * What the History shows. Without search words, baby, type, caregiver and dates are a store query;
 * with them, all of it narrows cached texts (so typing does not query again).
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
}
