package nestling.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nestling.domain.EntryType;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.UiContext;
import nestling.ui.history.HistoryFilter;
import nestling.ui.history.HistoryLoader;
import nestling.ui.history.HistoryRow;

/**
 * The History's loading path (what its view model runs in the background): every entry as rows
 * with their summaries, then one filter change (a type, which queries again) and one search
 * (which narrows the loaded rows).
 */
final class HistoryBenchmark implements Benchmark {
    private static final int ROUNDS = 5;

    @Override
    public String name() {
        return "history";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("History: load all entries as rows, then change a filter",
                "entries", "rows", "load all median ms", "load all max ms", "type filter median ms", "search median ms", "store query only ms", "first page (recent days) ms",
                "heap MB after load");
        for (int size : context.sizes().stream().sorted().toList()) {
            try (Database database = Database.createEmpty()) {
                InsightsFiller.fill(database, size, java.time.LocalDate.of(2026, 11, 1));
                Journal journal = Journal.of(database, Clock.system(ZoneId.of("Europe/Berlin")));
                HistoryLoader loader = new HistoryLoader(journal, UiContext.defaultBundle(), Clock.fixed(java.time.Instant.parse("2026-11-01T20:00:00Z"), ZoneId.of("Europe/Berlin")));
                System.gc();
                @SuppressWarnings("unchecked")
                List<HistoryRow>[] rows = new List[1];
                Samples all = Samples.time(1, ROUNDS, () -> rows[0] = loader.load(HistoryFilter.ALL));
                Runtime runtime = Runtime.getRuntime();
                System.gc();
                double heap = (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
                Samples type = Samples.time(1, ROUNDS, () -> loader.load(
                        new HistoryFilter(null, EntryType.BOTTLE, null, null, null, "")));
                Samples query = Samples.time(1, ROUNDS, () -> journal.entries().list(new nestling.store.EntryQuery(null,
                        java.time.Instant.parse("1970-01-03T00:00:00Z"), java.time.Instant.parse("3000-01-01T00:00:00Z"),
                        java.util.Set.of())));
                Samples recent = Samples.time(1, ROUNDS, () -> loader.load(HistoryFilter.ALL, HistoryLoader.RECENT));
                Samples search = Samples.time(1, ROUNDS, () -> HistoryLoader.narrow(rows[0], null, "grandma smile"));
                table.row(size, rows[0].size(), all.medianMillis(), all.percentileMillis(100), type.medianMillis(),
                        search.medianMillis(), query.medianMillis(), recent.medianMillis(), heap);
            }
        }
        return table.note("In-memory database filled by InsightsFiller (4 babies, realistic days); the rows keep the entries (for editing) and their"
                + " texts. The table then shows them virtualized (only visible rows get cells). " + ROUNDS + " rounds.");
    }
}
