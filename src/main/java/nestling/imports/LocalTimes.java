package nestling.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nestling.domain.LocalDays;

/**
 * A source row's local times as instants with the offset the entry keeps. Times the source wrote with
 * an offset are taken as written; local times are resolved in the zone the parent names, exactly as
 * the window resolves a typed time ({@link LocalDays#resolve}): forward over the spring gap, the later
 * of the two autumn times. One refinement for a timed row: when the start or end falls in the autumn
 * overlap and that reading puts the end before the start (a nap from 01:40 "the first time" to 01:10
 * "the second time"), the pair is read at the offsets that keep it in order, the shortest such span,
 * as the clock on the wall went.
 */
final class LocalTimes {
    record Resolved(Instant start, Instant end, ZoneOffset offset) {
    }

    private LocalTimes() {
    }

    static Resolved resolve(SourceRow row, ZoneId zone, Instant now) {
        if (row.offset() != null) {
            Instant start = row.start().toInstant(row.offset());
            Instant end = row.end() == null ? null : row.end().toInstant(row.offset());
            return new Resolved(start, end, row.offset());
        }
        Instant start = LocalDays.resolve(row.start(), zone, now);
        Instant end = row.end() == null ? null : LocalDays.resolve(row.end(), zone, now);
        if (end != null && end.isBefore(start)) {
            Instant[] inOrder = inOrder(row.start(), row.end(), zone);
            if (inOrder != null) {
                start = inOrder[0];
                end = inOrder[1];
            }
        }
        return new Resolved(start, end, zone.getRules().getOffset(start));
    }

    /** Of the readings of two wall times, the shortest pair with the end not before the start; null if none. */
    private static Instant[] inOrder(LocalDateTime startWall, LocalDateTime endWall, ZoneId zone) {
        Instant[] best = null;
        for (ZoneOffset a : zone.getRules().getValidOffsets(startWall)) {
            for (ZoneOffset b : zone.getRules().getValidOffsets(endWall)) {
                Instant start = startWall.toInstant(a);
                Instant end = endWall.toInstant(b);
                if (!end.isBefore(start) && (best == null
                        || end.toEpochMilli() - start.toEpochMilli() < best[1].toEpochMilli() - best[0].toEpochMilli())) {
                    best = new Instant[] {start, end};
                }
            }
        }
        return best;
    }
}
