package nestling.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryRules;
import nestling.domain.Meta;
import nestling.domain.Problems;
import nestling.domain.Reason;
import nestling.store.BabyRepository;
import nestling.store.EntryRepository;

/**
 * Many entries made while locked, merged in the caller's transaction as {@link EntryLog#logMerged}
 * merges one (by id, exactly once; checked by {@link EntryRules}), with what every check needs read
 * once for all of them: which ids are already there, which babies exist, each baby's neighbours over
 * the whole stretch of time, the current caregiver. Each entry merged joins its baby's neighbours,
 * so the next is checked against it; all are written at the end with one statement.
 */
final class MergedEntries {
    /** What became of one entry: merged, already there (merged before), or refused with the problems. */
    sealed interface Outcome {
    }

    record Merged() implements Outcome {
    }

    record AlreadyThere() implements Outcome {
    }

    record Refused(Problems problems) implements Outcome {
    }

    private MergedEntries() {
    }

    /** The outcome of each entry, in order; nothing is written for a refused one. */
    static List<Outcome> merge(Connection c, List<Entry> entries, Instant now) throws SQLException {
        Set<UUID> there = new HashSet<>(EntryRepository.existing(c, entries.stream().map(Entry::id).toList()));
        Map<UUID, List<Entry>> neighbours = neighbours(c, entries);
        UUID current = null;
        List<Outcome> outcomes = new ArrayList<>(entries.size());
        List<Entry> toSave = new ArrayList<>();
        for (Entry entry : entries) {
            if (!there.add(entry.id())) {
                outcomes.add(new AlreadyThere());
                continue;
            }
            List<Entry> around = neighbours.get(entry.babyId());
            Problems problems = around == null ? new Problems().add("baby", Reason.BABY_UNKNOWN)
                    : EntryRules.check(entry, now, around);
            if (!problems.isEmpty()) {
                there.remove(entry.id());
                outcomes.add(new Refused(problems));
                continue;
            }
            UUID creator = entry.meta().createdBy();
            if (creator == null) {
                current = current != null ? current : Family.currentCaregiverId(c);
                creator = current;
            }
            Entry kept = entry.withMeta(new Meta(entry.id(), entry.meta().createdAt(), entry.meta().createdAt(), creator,
                    false));
            around.add(kept);
            toSave.add(kept);
            EntryLog.remember(c, kept, now);
            outcomes.add(new Merged());
        }
        EntryRepository.saveAll(c, toSave);
        return outcomes;
    }

    /** Each live baby's entries over the stretch its new entries span (null for a baby not there). */
    private static Map<UUID, List<Entry>> neighbours(Connection c, Collection<Entry> entries) throws SQLException {
        Map<UUID, Instant[]> spans = new HashMap<>();
        for (Entry entry : entries) {
            Instant end = entry.endOrStart().isBefore(entry.start()) ? entry.start() : entry.endOrStart();
            spans.merge(entry.babyId(), new Instant[] {entry.start(), end}, (a, b) -> new Instant[] {
                a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        Map<UUID, List<Entry>> neighbours = new HashMap<>();
        for (Map.Entry<UUID, Instant[]> span : spans.entrySet()) {
            if (BabyRepository.find(c, span.getKey()).filter(b -> !b.meta().deleted()).isPresent()) {
                neighbours.put(span.getKey(), new ArrayList<>(EntryRepository.around(c, span.getKey(), span.getValue()[0],
                        span.getValue()[1])));
            }
        }
        return neighbours;
    }
}
