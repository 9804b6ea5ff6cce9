package nestling.vault;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which previous generations to keep: the newest {@value #RECENT} saves, plus the newest save of
 * each of the last {@value #DAYS} days (local calendar days).
 */
final class SnapshotPolicy {
    static final int RECENT = 3;
    static final int DAYS = 14;

    private SnapshotPolicy() {
    }

    static Set<Snapshot> toKeep(List<Snapshot> snapshots, Instant now, ZoneId zone) {
        List<Snapshot> newestFirst = snapshots.stream()
                .sorted(Comparator.comparingLong(Snapshot::generation).reversed())
                .toList();
        Set<Snapshot> keep = new HashSet<>(newestFirst.subList(0, Math.min(RECENT, newestFirst.size())));
        LocalDate today = LocalDate.ofInstant(now, zone);
        Set<LocalDate> daysCovered = new HashSet<>();
        for (Snapshot snapshot : newestFirst) {
            LocalDate day = LocalDate.ofInstant(snapshot.savedAt(), zone);
            boolean recentDay = !day.isBefore(today.minusDays(DAYS - 1)) && !day.isAfter(today);
            if (recentDay && daysCovered.add(day)) {
                keep.add(snapshot);
            }
        }
        return keep;
    }
}
