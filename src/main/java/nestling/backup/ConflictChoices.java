package nestling.backup;

import java.time.Instant;

/**
 * Who decides a conflict during a merge: a record both sides changed since their last merge (or,
 * for a sync stick, since this laptop last synced with it). By default the newer version wins. A
 * parent may keep the older one instead; that version is then saved as the newest of the two (its
 * {@code updatedAt} one millisecond past both), so every other laptop that syncs keeps it too.
 */
@FunctionalInterface
public interface ConflictChoices {
    /** Which version to keep. */
    enum Keep { NEWEST, THIS_LAPTOP, OTHER }

    /** Newest wins, the rule of every merge that asks nobody. */
    ConflictChoices NEWEST = versions -> Keep.NEWEST;

    Keep choose(Versions versions);

    /**
     * The two versions of one record. {@code kind} is an entry's type ({@code bottle}) or the backup
     * key ({@code babies}); {@code at} is when the entry happened (null for other records).
     */
    record Versions(String key, String id, String kind, Instant at, Instant thisChangedAt, Instant otherChangedAt,
            boolean thisDeleted, boolean otherDeleted, boolean otherIsNewer) {
    }
}
