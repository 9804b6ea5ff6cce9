package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nestling.journal.Journal;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.ui.today.DashboardData;
import nestling.ui.today.DashboardLoader;
import nestling.vault.VaultOptions;

/**
 * What the Today dashboard costs to load on a full vault, through the view model's own loading
 * path ({@link DashboardLoader}: latest feed, diaper, sleep and doses, running timers, today's
 * totals, backup age), without JavaFX rendering. Budget: 20 ms at 200k entries.
 */
final class TodayBenchmark implements Benchmark {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 1);

    @Override
    public String name() {
        return "today";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Today dashboard load on a vault of N entries (4 babies, 26 entries a day each)",
                "entries", "dashboard median ms", "dashboard p95 ms", "feeds today");
        for (int size : context.sizes()) {
            Path directory = Files.createDirectories(context.scratch().resolve("vault-" + size));
            try (VaultSession session = VaultSession.create(directory, "benchmark passphrase".toCharArray(),
                    VaultOptions.defaults().withFastKdfForTests())) {
                InsightsFiller filler = InsightsFiller.fill(session.database(), size, LAST_DAY);
                session.flush();
                long entries = session.database().read(EntryRepository::count);
                var baby = filler.babies.getFirst();
                Instant now = LAST_DAY.atTime(18, 30).atZone(InsightsFiller.ZONE).toInstant();
                Journal journal = Journal.of(session.database(), Clock.fixed(now, InsightsFiller.ZONE));
                DashboardLoader loader = new DashboardLoader(journal, session.database());
                DashboardData[] last = new DashboardData[1];
                Samples load = Samples.time(20, 100, () -> last[0] = loader.load(baby, now, InsightsFiller.ZONE));
                table.row(entries, load.medianMillis(), load.p95Millis(), last[0].totals().feeds());
            }
        }
        return table.note("Budget (issue 5) at 200k entries: the dashboard's data <= 20 ms (two indexed range queries,"
                + " the running timers and a few settings, on the background worker).");
    }
}
