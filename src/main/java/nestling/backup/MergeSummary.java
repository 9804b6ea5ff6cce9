package nestling.backup;

import java.util.List;
import java.util.Map;

/**
 * What a merge did, per backup key ({@code entries}, {@code babies}, …), plus the conflicts: records
 * both laptops changed since their last merge, and which version was kept.
 *
 * @param conflicts at most {@link #MAX_LISTED_CONFLICTS} of them; {@code conflictCount} has the total
 */
public record MergeSummary(Map<String, Counts> tables, int settingsAdded, List<Conflict> conflicts, long conflictCount,
        boolean firstMergeFromSource) {
    public static final int MAX_LISTED_CONFLICTS = 200;

    /** How the records of one key fared. */
    public record Counts(long added, long updated, long deleted, long unchanged, long keptLocal, long tombstonesAdded) {
        public boolean changedAnything() {
            return added + updated + deleted + tombstonesAdded > 0;
        }
    }

    /** A record changed on both laptops; {@code kept} is "this laptop" or "backup". */
    public record Conflict(String key, String id, String kept) {
    }

    public boolean changedAnything() {
        return settingsAdded > 0 || tables.values().stream().anyMatch(Counts::changedAnything);
    }
}
