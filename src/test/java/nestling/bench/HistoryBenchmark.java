package nestling.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nestling.domain.EntryType;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.UiContext;
import nestling.ui.history.HistoryFilter;
import nestling.ui.history.HistoryListing;
import nestling.ui.history.HistoryLoader;
import nestling.ui.history.HistoryRow;

/**
 * What the History's view model runs in the background for each filter change, until the table
 * can show results: the keys of every matching entry, the search over them, and the first page of
 * rows. Plus the pieces around it: making every search text once (the warming after opening), a
 * search before that (cold), and fetching a page deep in the list while scrolling.
 */
final class HistoryBenchmark implements Benchmark {
    private static final int ROUNDS = 5;
    private static final int PAGE = 100;

    @Override
    public String name() {
        return "history";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("History: results shown after a filter change (keys + search + first page)",
                "entries", "rows", "open (all) median ms", "open max ms", "type filter median ms", "caregiver filter median ms",
                "month range median ms", "search (texts made) median ms", "search max ms", "search keys known (typing) median ms", "search before any texts ms",
                "make all texts ms", "page at row 150,000 median ms", "heap MB (keys + texts)");
        for (int size : context.sizes().stream().sorted().toList()) {
            try (Database database = Database.createEmpty()) {
                InsightsFiller.fill(database, size, LocalDate.of(2026, 11, 1));
                Journal journal = Journal.of(database, Clock.system(ZoneId.of("Europe/Berlin")));
                Clock clock = Clock.fixed(Instant.parse("2026-11-01T20:00:00Z"), ZoneId.of("Europe/Berlin"));
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                double heapBefore = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
                Samples coldSearch = Samples.time(0, 1, () -> show(new HistoryLoader(journal, UiContext.defaultBundle(), clock),
                        filter(null, null, "grandma smile")));
                System.gc();
                HistoryLoader loader = new HistoryLoader(journal, UiContext.defaultBundle(), clock);
                int[] shown = new int[1];
                Samples open = Samples.time(1, ROUNDS, () -> shown[0] = show(loader, HistoryFilter.ALL));
                Samples type = Samples.time(1, ROUNDS, () -> show(loader, filter(EntryType.BOTTLE, null, "")));
                Samples caregiver = Samples.time(1, ROUNDS, () -> show(loader,
                        new HistoryFilter(null, null, UUID.randomUUID(), null, null, "")));
                Samples month = Samples.time(1, ROUNDS, () -> show(loader, new HistoryFilter(null, null, null,
                        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "")));
                Samples warm = Samples.time(0, 1, () -> {
                    for (var last = loader.warm(null); last.isPresent(); last = loader.warm(last.get())) {
                        // batch after batch, as the view model's warming does
                    }
                });
                HistoryListing all = loader.counted(HistoryFilter.ALL);
                Samples search = Samples.time(1, ROUNDS, () -> show(loader, filter(null, null, "grandma smile")));
                var index = loader.index(loader.allKeys(), () -> false);
                Samples typing = Samples.time(1, ROUNDS, () -> {
                    HistoryListing found = new HistoryListing.Found(
                            loader.search(index, filter(EntryType.NOTE, null, "grandma")));
                    loader.rows(found, 0, Math.min(found.size(), PAGE));
                });
                Samples deep = Samples.time(1, ROUNDS, () -> loader.rows(all, Math.min(150_000, all.size() - PAGE),
                        Math.min(150_000, all.size() - PAGE) + PAGE));
                System.gc();
                double heap = (runtime.totalMemory() - runtime.freeMemory()) / 1e6 - heapBefore;
                table.row(size, shown[0], open.medianMillis(), open.percentileMillis(100), type.medianMillis(),
                        caregiver.medianMillis(), month.medianMillis(), search.medianMillis(), search.percentileMillis(100), typing.medianMillis(),
                        coldSearch.medianMillis(), warm.medianMillis(), deep.medianMillis(), heap);
                if (loader.rows(all, 0, 1).isEmpty()) {
                    throw new AssertionError("kept alive for the heap figure");
                }
            }
        }
        return table.note("In-memory database filled by InsightsFiller (4 babies, realistic days, no caregivers: the caregiver"
                + " filter matches nothing but still reads every key). Each filter figure is what the view model's task"
                + " does before the table shows results: keys query, search over the keys, first page of " + PAGE
                + " rows. A search reads the keys of all entries once per reload (\"search\" includes that), then each keystroke"
                + " or filter change scans cached texts (\"keys known\", here with a type filter too). \"Make all texts\" is the warming that runs in the background after opening, one batch of "
                + HistoryLoader.BATCH + " per task; a search before it finishes makes the missing texts itself"
                + " (\"search before any texts\"). " + ROUNDS + " rounds.");
    }

    private static HistoryFilter filter(EntryType type, UUID caregiver, String search) {
        return new HistoryFilter(null, type, caregiver, null, null, search);
    }

    /** The view model's task for one filter (its search keys read afresh); returns how many rows match. */
    private static int show(HistoryLoader loader, HistoryFilter filter) {
        HistoryListing listing = filter.search().isEmpty() ? loader.counted(filter)
                : new HistoryListing.Found(loader.search(loader.index(loader.allKeys(), () -> false), filter));
        List<HistoryRow> first = loader.rows(listing, 0, Math.min(listing.size(), PAGE));
        if (first.size() != Math.min(listing.size(), PAGE)) {
            throw new AssertionError("a short first page");
        }
        return listing.size();
    }
}
