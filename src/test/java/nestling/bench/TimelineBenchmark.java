package nestling.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nestling.journal.EntryLog;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.EntryRepository;
import nestling.ui.timeline.TimelineDay;

/**
 * Switching days in the timeline: the work the timeline view model runs in the background for
 * previous / next ({@link TimelineDay#load}: the day's query plus placing every item), on a full
 * database. Budget (issue 5): 100 ms at 200k entries.
 */
final class TimelineBenchmark implements Benchmark {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 1);

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Timeline day switch on a database of N entries (4 babies, 26 entries a day each)",
                "entries", "switch day median ms", "switch day p95 ms", "items per day");
        for (int size : context.sizes()) {
            try (Database database = Database.createEmpty()) {
                InsightsFiller filler = InsightsFiller.fill(database, size, LAST_DAY);
                long entries = database.read(EntryRepository::count);
                EntryLog log = Journal.of(database, Clock.system(InsightsFiller.ZONE)).entries();
                UUID baby = filler.babies.getFirst().meta().id();
                long span = java.time.temporal.ChronoUnit.DAYS.between(filler.firstDay, LAST_DAY) + 1;
                LocalDate[] day = {LAST_DAY};
                int[] items = new int[1];
                Samples switches = Samples.time(20, 200, () -> {
                    // previous day, wrapping around inside the filled range
                    day[0] = day[0].isAfter(filler.firstDay) ? day[0].minusDays(1) : LAST_DAY;
                    items[0] = TimelineDay.load(log, baby, day[0], InsightsFiller.ZONE).items().size();
                });
                table.row(entries, switches.medianMillis(), switches.p95Millis(), span > 0 ? items[0] : 0);
            }
        }
        return table.note("Budget (issue 5): switching days in the timeline <= 100 ms at 200k entries. Measured is"
                + " the view model's background load (query + layout data); drawing the strip adds a few ms on the FX thread.");
    }
}
