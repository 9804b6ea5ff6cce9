package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.WhoStandards;
import nestling.insights.ChartSeries;
import nestling.insights.Insights;
import nestling.report.Paper;
import nestling.report.ReportDataBuilder;
import nestling.report.ReportPdf;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * What the dashboard, the insights screen and the report cost on a full vault: one day's totals
 * (budget 20 ms), a year's sleep pattern series (200 ms), a 3-month report built and laid out (2 s).
 */
final class InsightsBenchmark implements Benchmark {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 1);

    @Override
    public String name() {
        return "insights";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Insights and report on a vault of N entries (4 babies, 26 entries a day each)",
                "entries", "day totals median ms", "day totals p95 ms", "year sleep pattern median ms",
                "year sleep pattern p95 ms", "3-month report median ms", "3-month report p95 ms",
                "CPU ms day / year / report (mean)", "report: data / PDF median ms", "report KB");
        WhoStandards standards = WhoStandards.load();
        for (int size : context.sizes()) {
            Path directory = Files.createDirectories(context.scratch().resolve("vault-" + size));
            try (VaultSession session = VaultSession.create(directory, "benchmark passphrase".toCharArray(),
                    VaultOptions.defaults().withFastKdfForTests())) {
                InsightsFiller filler = InsightsFiller.fill(session.database(), size, LAST_DAY);
                session.flush();
                long entries = session.database().read(EntryRepository::count);
                Baby baby = filler.babies.getFirst();
                UUID id = baby.meta().id();
                Insights insights = new Insights(session.database(), InsightsFiller.ZONE);
                ChartSeries charts = new ChartSeries(insights);
                LocalDate yearAgo = LAST_DAY.minusDays(364).isBefore(filler.firstDay) ? filler.firstDay
                        : LAST_DAY.minusDays(364);
                LocalDate quarterAgo = LAST_DAY.minusMonths(3).plusDays(1).isBefore(filler.firstDay) ? filler.firstDay
                        : LAST_DAY.minusMonths(3).plusDays(1);
                Samples day = Samples.time(20, 100, () -> insights.day(id, LAST_DAY.minusDays(1)));
                double dayCpu = cpuMillis(100, () -> insights.day(id, LAST_DAY.minusDays(1)));
                Samples year = Samples.time(3, 15, () -> charts.sleepPattern(id, yearAgo, LAST_DAY));
                double yearCpu = cpuMillis(15, () -> charts.sleepPattern(id, yearAgo, LAST_DAY));
                ReportDataBuilder builder = new ReportDataBuilder(session.database(), standards, Clock.systemUTC());
                byte[][] last = new byte[1][];
                Samples report = Samples.time(2, 7, () -> last[0] = ReportPdf.render(
                        builder.build(baby, quarterAgo, LAST_DAY, InsightsFiller.ZONE, ChildAge.AgeBasis.CORRECTED),
                        Paper.A4));
                double reportCpu = cpuMillis(5, () -> ReportPdf.render(
                        builder.build(baby, quarterAgo, LAST_DAY, InsightsFiller.ZONE, ChildAge.AgeBasis.CORRECTED),
                        Paper.A4));
                var data = builder.build(baby, quarterAgo, LAST_DAY, InsightsFiller.ZONE, ChildAge.AgeBasis.CORRECTED);
                Samples gather = Samples.time(1, 7, () -> builder.build(baby, quarterAgo, LAST_DAY, InsightsFiller.ZONE,
                        ChildAge.AgeBasis.CORRECTED));
                Samples layout = Samples.time(1, 7, () -> ReportPdf.render(data, Paper.A4));
                Files.write(context.scratch().getParent().resolve("report-3-months-" + size + ".pdf"), last[0]);
                table.row(entries, day.medianMillis(), day.p95Millis(), year.medianMillis(), year.p95Millis(),
                        report.medianMillis(), report.p95Millis(),
                        String.format(java.util.Locale.ROOT, "%.1f / %.1f / %.0f", dayCpu, yearCpu, reportCpu),
                        String.format(java.util.Locale.ROOT, "%.0f / %.0f", gather.medianMillis(), layout.medianMillis()),
                        last[0].length / 1024);
            }
        }
        return table.note("CPU ms: the process's CPU time per run (includes GC), which other processes on a"
                + " shared machine do not inflate the way they inflate wall-clock times.").note("Budgets (issue 6) at 200k entries: day totals <= 20 ms, a year's sleep pattern <= 200 ms,"
                + " a 3-month report <= 2 s. Report = gather data + lay out the PDF in memory (no disk write).");
    }

    // The process's mean CPU time per run (the work itself, plus GC and JIT threads): java.base only,
    // as the test classes run inside the nestling module, which does not read java.management.
    private static double cpuMillis(int rounds, Samples.Step step) throws Exception {
        long start = cpuNanos();
        for (int i = 0; i < rounds; i++) {
            step.run();
        }
        return (cpuNanos() - start) / 1e6 / rounds;
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
