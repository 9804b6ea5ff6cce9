package nestling.ui.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.LocalDays;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.store.EntryKeys;
import nestling.store.EntrySelection;

/**
 * The History's work, plain Java for the background worker (and the benchmark). Baby, type,
 * caregiver and dates become a store selection that is only counted; with search words, the
 * compact {@link EntryKeys} of all entries are narrowed by the filter and the words through cached
 * {@link SearchTexts}. Full rows are made only for the page on screen.
 */
public final class HistoryLoader {
    /** Entries read and summarized per store query while making search texts. */
    public static final int BATCH = 2_000;

    private final Journal journal;
    private final ResourceBundle bundle;
    private final java.time.ZoneId zone;
    private final SearchTexts texts = new SearchTexts();

    public HistoryLoader(Journal journal, ResourceBundle bundle, java.time.Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.zone = clock.getZone();
    }

    /** The store's selection for the filter's baby, type, caregiver and dates (not its search words). */
    public EntrySelection selection(HistoryFilter filter) {
        Instant from = filter.from() == null ? null : LocalDays.start(filter.from(), zone);
        Instant to = filter.to() == null ? null : LocalDays.end(filter.to(), zone);
        return new EntrySelection(filter.babyId(), filter.type() == null ? Set.of() : Set.of(filter.type()),
                filter.caregiverId(), from, to);
    }

    /** Every entry the filter's selection matches, counted (no search words). */
    public HistoryListing counted(HistoryFilter filter) {
        EntrySelection selection = selection(filter);
        return new HistoryListing.Counted(selection, journal.entries().count(selection));
    }

    /** The keys of every live entry, newest first: what a search narrows (read once per reload). */
    public EntryKeys allKeys() {
        return journal.entries().keys(EntrySelection.ALL);
    }

    /**
     * Makes the search texts of the next {@link #BATCH} entries of all, newest first, after
     * {@code last} (null: from the newest). The last entry read, or empty when all are done.
     */
    public java.util.Optional<Entry> warm(Entry last) {
        List<Entry> entries = journal.entries().after(last, BATCH);
        UnitSystem units = journal.preferences().units();
        texts.useUnits(units);
        EntrySummaries summaries = summaries(units);
        for (Entry entry : entries) {
            if (texts.get(entry.id(), entry.meta().updatedAt().toEpochMilli()) == null) {
                remember(entry, typeName(entry), summaries.of(entry));
            }
        }
        return entries.size() < BATCH ? java.util.Optional.empty() : java.util.Optional.of(entries.getLast());
    }

    /**
     * The search texts of {@code all}, in key order, made first where missing or stale. Null if
     * {@code overtaken} turned true on the way (a newer filter wants the worker).
     */
    public SearchIndex index(EntryKeys all, BooleanSupplier overtaken) {
        if (texts.size() < all.size() / 2) {
            // Mostly cold: reading everything in order is several times faster than by id.
            for (var last = warm((Entry) null); last.isPresent(); last = warm(last.get())) {
                if (overtaken.getAsBoolean()) {
                    return null;
                }
            }
        }
        if (!warm(all, 0, all.size(), overtaken)) {
            return null;
        }
        SearchTexts.Text[] aligned = new SearchTexts.Text[all.size()];
        for (int i = 0; i < aligned.length; i++) {
            aligned[i] = texts.get(all.id(i), all.updatedMillis(i)); // null: deleted since the keys were read
        }
        return new SearchIndex(all, aligned);
    }

    /**
     * The keys of the index whose entry the filter's selection lists and that contain every
     * search word (case-insensitive) in type, summary, baby or caregiver: a scan of strings.
     */
    public EntryKeys search(SearchIndex index, HistoryFilter filter) {
        String[] words = words(filter.search());
        EntrySelection selection = selection(filter);
        Names names = names();
        SearchTexts.Text[] texts = index.texts();
        return index.keys().filter(i -> texts[i] != null && texts[i].selectedBy(selection)
                && matches(texts[i], words, names));
    }

    /**
     * Makes the missing search texts of keys [{@code from}, {@code to}); false if {@code overtaken}
     * turned true between batches (what was made stays made).
     */
    public boolean warm(EntryKeys keys, int from, int to, BooleanSupplier overtaken) {
        UnitSystem units = journal.preferences().units();
        texts.useUnits(units);
        EntrySummaries summaries = summaries(units);
        List<UUID> missing = new ArrayList<>(BATCH);
        for (int i = from; i < to; i++) {
            UUID id = keys.id(i);
            if (texts.get(id, keys.updatedMillis(i)) == null) {
                missing.add(id);
            }
            if (missing.size() == BATCH || (i == to - 1 && !missing.isEmpty())) {
                if (overtaken.getAsBoolean()) {
                    return false;
                }
                for (Entry entry : journal.entries().byIds(missing).values()) {
                    remember(entry, typeName(entry), summaries.of(entry));
                }
                missing.clear();
            }
        }
        return true;
    }

    /**
     * The rows at positions [{@code from}, {@code to}) of the listing, always {@code to - from} of
     * them; null where an entry was deleted since the listing was made (the reload that follows
     * every change makes a new listing).
     */
    public List<HistoryRow> rows(HistoryListing listing, int from, int to) {
        List<Entry> entries = switch (listing) {
            case HistoryListing.Counted counted -> journal.entries().page(counted.selection(), from, to - from);
            case HistoryListing.Found found -> {
                List<UUID> ids = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    ids.add(found.keys().id(i));
                }
                Map<UUID, Entry> byId = journal.entries().byIds(ids);
                yield ids.stream().map(byId::get).toList();
            }
        };
        Names names = names();
        UnitSystem units = journal.preferences().units();
        texts.useUnits(units);
        EntrySummaries summaries = summaries(units);
        List<HistoryRow> rows = new ArrayList<>(to - from);
        for (Entry entry : entries) {
            if (entry == null) {
                rows.add(null);
                continue;
            }
            String type = typeName(entry);
            String summary = summaries.of(entry);
            remember(entry, type, summary);
            UUID by = entry.meta().createdBy();
            rows.add(new HistoryRow(entry, names.babies().getOrDefault(entry.babyId(), ""), type, summary,
                    by == null ? "" : names.caregivers().getOrDefault(by, "")));
        }
        while (rows.size() < to - from) {
            rows.add(null);
        }
        return rows;
    }

    private void remember(Entry entry, String type, String summary) {
        texts.put(entry.id(), new SearchTexts.Text(entry.meta().updatedAt().toEpochMilli(), texts.shared(entry.babyId()),
                entry.type(), texts.shared(entry.meta().createdBy()), entry.start().toEpochMilli(),
                entry.end() == null ? Long.MIN_VALUE : entry.end().toEpochMilli(),
                (type + " " + summary).toLowerCase(Locale.ROOT)));
    }

    private String typeName(Entry entry) {
        return bundle.getString("entry.type." + entry.type().wireName());
    }

    static String[] words(String search) {
        return search == null || search.isBlank() ? new String[0]
                : search.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    private static boolean matches(SearchTexts.Text text, String[] words, Names names) {
        String baby = names.babiesLower().getOrDefault(text.babyId(), "");
        String by = text.createdBy() == null ? "" : names.caregiversLower().getOrDefault(text.createdBy(), "");
        for (String word : words) {
            if (!text.typeAndSummary().contains(word) && !baby.contains(word) && !by.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Summaries in the family's words: their own activities by name. */
    private EntrySummaries summaries(UnitSystem units) {
        Map<UUID, String> activities = new HashMap<>();
        for (var type : journal.family().activityTypes(true)) {
            activities.put(type.meta().id(), type.name());
        }
        return new EntrySummaries(bundle, units, activities);
    }

    private Names names() {
        Map<UUID, String> babies = new HashMap<>();
        for (Baby baby : journal.family().babies(true)) {
            babies.put(baby.meta().id(), baby.name());
        }
        Map<UUID, String> caregivers = new HashMap<>();
        // Removed caregivers too: the entries they logged still say who logged them.
        for (Caregiver caregiver : journal.family().caregivers(true)) {
            caregivers.put(caregiver.meta().id(), caregiver.name());
        }
        return new Names(babies, caregivers, lower(babies), lower(caregivers));
    }

    private static Map<UUID, String> lower(Map<UUID, String> names) {
        Map<UUID, String> lower = new HashMap<>();
        names.forEach((id, name) -> lower.put(id, name.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private record Names(Map<UUID, String> babies, Map<UUID, String> caregivers, Map<UUID, String> babiesLower,
            Map<UUID, String> caregiversLower) {
    }
}
