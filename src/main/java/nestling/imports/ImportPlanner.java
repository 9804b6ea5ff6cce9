package nestling.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryRules;
import nestling.domain.EntryType;
import nestling.domain.LocalDays;
import nestling.domain.Meta;
import nestling.domain.Problem;
import nestling.domain.Problems;
import nestling.store.Database;
import nestling.store.Rows;

/**
 * Turns what a format read into the entries an import adds, without writing anything: maps the
 * source's babies ({@link BabyMapping}), resolves local times in the parent's zone ({@link LocalTimes}),
 * gives each row its deterministic id ({@link SourceIds}), holds it to the domain's own rules
 * ({@link EntryRules#check}: fields, times, the clock, a few minutes' drift allowed), refuses a row dated
 * before the birth of the baby it goes to (an existing baby's, or a new one's from the source's profile)
 * and skips what Nestling already has: a row imported before (its id exists, even deleted since: a
 * parent's deletion stands) or an entry of the same baby and type starting within a minute of it,
 * logged here or earlier in the same file.
 */
public final class ImportPlanner {
    /** Entries of one baby and type starting closer than this are one event logged twice. */
    static final long SAME_EVENT_MILLIS = 60_000;

    private ImportPlanner() {
    }

    /** The key of rows whose file does not name their baby (a one-child export such as Huckleberry's). */
    public static final String UNNAMED = BabyMapping.UNNAMED;

    /** With {@code --baby}: a one-baby source into that Nestling baby (null: each baby by name, or added). */
    public static ImportPlan plan(Database live, SourceFormat format, SourceReading reading, String babyAnswer,
            ZoneId zone, Instant now) throws ImportProblem {
        return plan(live, format, reading, babyAnswer, Map.of(), zone, now);
    }

    /** With the parent's answer per source baby key; a baby without one is matched by name, or added. */
    public static ImportPlan plan(Database live, SourceFormat format, SourceReading reading,
            Map<String, BabyChoice> choices, ZoneId zone, Instant now) throws ImportProblem {
        return plan(live, format, reading, null, choices, zone, now);
    }

    /**
     * The babies a parent maps: the source's named babies in the order first seen, and, when rows do
     * not name theirs, one with the key {@link #UNNAMED} (and an empty name) first.
     */
    public static List<SourceBaby> sourceBabies(SourceReading reading) {
        Set<String> rowKeys = new java.util.LinkedHashSet<>();
        reading.rows().forEach(row -> rowKeys.add(key(row)));
        List<SourceBaby> babies = new ArrayList<>();
        if (rowKeys.contains(UNNAMED)) {
            babies.add(new SourceBaby(UNNAMED, "", null));
        }
        babies.addAll(BabyMapping.named(reading, rowKeys));
        return babies;
    }

    private static ImportPlan plan(Database live, SourceFormat format, SourceReading reading, String babyAnswer,
            Map<String, BabyChoice> choices, ZoneId zone, Instant now) throws ImportProblem {
        Map<String, LocalDate> firstDays = new LinkedHashMap<>();
        for (SourceRow row : reading.rows()) {
            firstDays.merge(key(row), row.start().toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, BabyMapping.Target> targets = BabyMapping.map(live, format.name(), reading, babyAnswer, choices,
                zone, now, firstDays);
        Known known = Known.read(live, targets.values().stream().filter(t -> !t.created())
                .map(t -> t.baby().meta().id()).toList());

        // one part per source baby: two of them mapped onto one Nestling baby are still counted apart
        Map<String, PartBuilder> parts = new LinkedHashMap<>();
        targets.forEach((sourceKey, target) -> parts.put(sourceKey, new PartBuilder(target)));
        List<RefusedRow> refused = new ArrayList<>(reading.refused());
        List<Entry> entries = new ArrayList<>();
        for (SourceRow row : reading.rows()) {
            BabyMapping.Target target = targets.get(key(row));
            UUID babyId = target.baby().meta().id();
            PartBuilder part = parts.get(key(row));
            LocalTimes.Resolved times = LocalTimes.resolve(row, zone, now);
            UUID id = SourceIds.entry(format.name(), row.sourceKey());
            Entry entry = new Entry(new Meta(id, now, now, null, false), babyId, times.start(), times.end(),
                    times.offset(), row.data());
            EntryType type = entry.type();
            Problems problems = EntryRules.check(entry, now, List.of());
            if (!problems.isEmpty()) {
                Problem first = problems.problems().values().iterator().next();
                refused.add(RefusalTexts.of(row.where(), entry, first));
                part.count(type).refused++;
                continue;
            }
            LocalDate day = row.start().toLocalDate(); // as the file writes it, so the parent finds the row
            LocalDate birth = target.baby().birthDate();
            if (day.isBefore(birth)) {
                // a journal starts at birth: such a row has a wrong date or belongs to another child
                refused.add(new RefusedRow(row.where(), RefusalReason.BEFORE_BIRTH, day, birth));
                part.count(type).refused++;
                continue;
            }
            part.seen(LocalDays.dayOf(entry.start(), zone));
            if (!known.ids.add(id) || known.nearby(babyId, type, entry.start())) {
                part.count(type).duplicates++;
                continue;
            }
            known.add(babyId, type, entry.start());
            entries.add(entry);
            part.count(type).imported++;
        }
        refused.sort(Comparator.comparing((RefusedRow r) -> r.where().file()).thenComparingInt(r -> r.where().line()));
        List<Baby> created = new ArrayList<>();
        List<Baby> existing = new ArrayList<>();
        Set<UUID> receiving = new HashSet<>();
        entries.forEach(e -> receiving.add(e.babyId()));
        for (BabyMapping.Target target : targets.values()) {
            if (target.created() && !receiving.contains(target.baby().meta().id())) {
                continue; // a new baby all of whose rows were refused or already there is not added empty
            }
            List<Baby> into = target.created() ? created : existing;
            if (into.stream().noneMatch(b -> b.meta().id().equals(target.baby().meta().id()))) {
                into.add(target.baby());
            }
        }
        ImportSummary summary = new ImportSummary(format.displayName(),
                parts.values().stream().map(PartBuilder::build).toList(), refused);
        return new ImportPlan(format, created, existing, entries, summary);
    }

    private static String key(SourceRow row) {
        return row.sourceBaby() == null ? BabyMapping.UNNAMED : row.sourceBaby();
    }

    /** Entry ids in the vault (deleted ones too) and the start times of the mapped babies' live entries. */
    private static final class Known {
        final Set<UUID> ids = new HashSet<>();
        final Map<UUID, Map<EntryType, NavigableSet<Long>>> starts = new HashMap<>();

        static Known read(Database live, List<UUID> babies) {
            Known known = new Known();
            live.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT id FROM entry")) {
                    while (rows.next()) {
                        known.ids.add(Rows.uuid(rows.getBytes(1)));
                    }
                }
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT type, start_at FROM entry WHERE baby_id = ? AND deleted = 0")) {
                    for (UUID baby : babies) {
                        q.setBytes(1, Rows.bytes(baby));
                        try (ResultSet rows = q.executeQuery()) {
                            while (rows.next()) {
                                EntryType type = typeOrNull(rows.getString(1));
                                if (type != null) {
                                    known.add(baby, type, java.time.Instant.ofEpochMilli(rows.getLong(2)));
                                }
                            }
                        }
                    }
                }
                return null;
            });
            return known;
        }

        private static EntryType typeOrNull(String wireName) {
            for (EntryType type : EntryType.values()) {
                if (type.wireName().equals(wireName)) {
                    return type;
                }
            }
            return null;
        }

        void add(UUID baby, EntryType type, Instant start) {
            starts.computeIfAbsent(baby, b -> new EnumMap<>(EntryType.class))
                    .computeIfAbsent(type, t -> new TreeSet<>()).add(start.toEpochMilli());
        }

        boolean nearby(UUID baby, EntryType type, Instant start) {
            NavigableSet<Long> times = starts.getOrDefault(baby, Map.of()).get(type);
            if (times == null) {
                return false;
            }
            long at = start.toEpochMilli();
            Long ceiling = times.ceiling(at - SAME_EVENT_MILLIS + 1);
            return ceiling != null && ceiling < at + SAME_EVENT_MILLIS;
        }
    }

    private static final class MutableCounts {
        int imported;
        int duplicates;
        int refused;
    }

    private static final class PartBuilder {
        final BabyMapping.Target target;
        final Map<EntryType, MutableCounts> counts = new EnumMap<>(EntryType.class);
        LocalDate first;
        LocalDate last;

        PartBuilder(BabyMapping.Target target) {
            this.target = target;
        }

        MutableCounts count(EntryType type) {
            return counts.computeIfAbsent(type, t -> new MutableCounts());
        }

        void seen(LocalDate day) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }

        ImportSummary.BabyPart build() {
            Map<EntryType, ImportSummary.Counts> frozen = new EnumMap<>(EntryType.class);
            counts.forEach((type, c) -> frozen.put(type, new ImportSummary.Counts(c.imported, c.duplicates, c.refused)));
            return new ImportSummary.BabyPart(target.sourceName(), target.baby().name(), target.created(),
                    target.birthGuessed(), frozen, first, last);
        }
    }
}
