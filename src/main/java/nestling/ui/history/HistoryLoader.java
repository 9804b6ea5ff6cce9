package nestling.ui.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.LocalDays;
import nestling.journal.Journal;
import nestling.store.EntryQuery;

/**
 * The History's queries, plain Java for the background worker (and the benchmark): the store
 * query for baby, type and dates, newest first, turned into rows; then the narrowing by caregiver
 * and search words over the rows already loaded.
 */
public final class HistoryLoader {
    private static final Instant EARLIEST = Instant.parse("1970-01-03T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private final Journal journal;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    private final java.time.Clock clock;

    public HistoryLoader(Journal journal, ResourceBundle bundle, java.time.Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /** How far back the first, quick page of the History reaches before the rest is loaded. */
    public static final java.time.Duration RECENT = java.time.Duration.ofDays(14);

    /** Every live entry the filter's baby, type and dates allow, newest first. */
    public List<HistoryRow> load(HistoryFilter filter) {
        return load(filter, null);
    }

    /**
     * As {@link #load(HistoryFilter)}, but only the entries of the last {@code recent} before now (or
     * before the filter's end): the page the parent sees first, shown while the rest loads.
     */
    public List<HistoryRow> load(HistoryFilter filter, java.time.Duration recent) {
        Instant from = filter.from() == null ? EARLIEST : LocalDays.start(filter.from(), zone);
        Instant to = filter.to() == null ? LATEST : LocalDays.end(filter.to(), zone);
        if (recent != null) {
            Instant end = to.isBefore(clock.instant()) ? to : clock.instant().plus(java.time.Duration.ofDays(1));
            Instant start = end.minus(recent);
            from = from.isAfter(start) ? from : start;
        }
        List<Entry> entries = journal.entries().list(new EntryQuery(filter.babyId(), from, to,
                filter.type() == null ? Set.of() : Set.of(filter.type())));
        Map<UUID, String> babies = new HashMap<>();
        for (Baby baby : journal.family().babies(true)) {
            babies.put(baby.meta().id(), baby.name());
        }
        Map<UUID, String> caregivers = new HashMap<>();
        for (Caregiver caregiver : journal.family().caregivers()) {
            caregivers.put(caregiver.meta().id(), caregiver.name());
        }
        EntrySummaries summaries = new EntrySummaries(bundle, journal.preferences().units());
        Map<Object, String> typeNames = new HashMap<>();
        List<HistoryRow> rows = new ArrayList<>(entries.size());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            String baby = babies.getOrDefault(entry.babyId(), "");
            String type = typeNames.computeIfAbsent(entry.type(), t -> bundle.getString("entry.type." + entry.type().wireName()));
            String by = entry.meta().createdBy() == null ? "" : caregivers.getOrDefault(entry.meta().createdBy(), "");
            String summary = summaries.of(entry);
            rows.add(new HistoryRow(entry, baby, type, summary, by,
                    (type + " " + summary + " " + baby + " " + by).toLowerCase(Locale.ROOT)));
        }
        return rows;
    }

    /** The rows of {@code caregiverId} (null: all) that contain every search word. */
    public static List<HistoryRow> narrow(List<HistoryRow> rows, UUID caregiverId, String search) {
        String[] words = search == null || search.isBlank() ? new String[0]
                : search.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (caregiverId == null && words.length == 0) {
            return rows;
        }
        List<HistoryRow> kept = new ArrayList<>();
        for (HistoryRow row : rows) {
            if (caregiverId != null && !caregiverId.equals(row.entry().meta().createdBy())) {
                continue;
            }
            boolean all = true;
            for (String word : words) {
                if (!row.searchText().contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** The local day of an entry, for the date filter's defaults. */
    public LocalDate dayOf(Entry entry) {
        return LocalDate.ofInstant(entry.start(), zone);
    }
}
