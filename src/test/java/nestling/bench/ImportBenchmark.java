package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.imports.BabyChoice;
import nestling.imports.SourceFormat;
import nestling.imports.babybuddy.BabyBuddyFormat;
import nestling.imports.nara.NaraFormat;
import nestling.imports.ImportPlan;
import nestling.imports.ImportPlanner;
import nestling.imports.ImportWriter;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceReading;
import nestling.imports.huckleberry.HuckleberryFormat;
import nestling.journal.Family;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * An import from another app at family scale: exports of N rows (sleeps, breastfeeds, bottles, diapers,
 * pumps; a quarter of an hour apart) from Huckleberry, Nara Baby and Baby Buddy, each into a fresh vault
 * with one baby. Read (CSV and mapping), plan (zones, ids, rules, duplicates against the vault), write
 * (staging, the backup's record checks, the safety copy, the merge) and the vault's save; then the same
 * export again, which adds nothing. Each is run {@link #RUNS} times in one JVM and the median reported
 * beside the first (cold) run. The budget: 50,000 rows in at most 3 s in all.
 */
final class ImportBenchmark implements Benchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int RUNS = 5;

    private record Source(SourceFormat format, SourceAnswers answers, Export export) {
    }

    @FunctionalInterface
    private interface Export {
        Path write(Path folder, int rows) throws Exception;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        char[] passphrase = "a benchmark passphrase".toCharArray();
        ResultTable table = new ResultTable("Import from another app into a vault (median of " + RUNS + " runs; first run)",
                "format", "rows", "file MB", "read ms", "plan ms", "write ms", "save ms", "total ms", "total CPU ms",
                "first total ms", "first CPU ms", "again ms");
        // CPU time of the whole process beside the wall clock: on a shared machine the wall clock measures
        // the neighbours too, the CPU time what the import itself costs
        List<Source> sources = List.of(
                new Source(new HuckleberryFormat(), new SourceAnswers(null, ZONE), ImportExports::huckleberry),
                new Source(new NaraFormat(), new SourceAnswers(null, ZONE), ImportExports::nara),
                new Source(new BabyBuddyFormat(), new SourceAnswers(SourceAnswers.UnitSystem.METRIC, ZONE),
                        ImportExports::babyBuddy));
        for (int size : context.sizes().stream().sorted().toList()) {
            for (Source source : sources) {
                Path folder = Files.createDirectories(context.scratch().resolve(source.format().name() + "-" + size));
                Path export = source.export().write(folder, size);
                List<double[]> runs = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    runs.add(once(source, export, folder.resolve("vault-" + run), size, passphrase, options));
                }
                double[] first = runs.getFirst();
                List<double[]> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(r -> r[4])).toList();
                double[] median = sorted.get(RUNS / 2);
                table.row(source.format().displayName(), size, bytes(export) / 1e6, median[0], median[1], median[2],
                        median[3], median[4], median[5], first[4], first[5], median[6]);
            }
        }
        return table;
    }

    /** One import into a fresh vault: read, plan, write, save, total, CPU and the second import's ms. */
    private static double[] once(Source source, Path export, Path vault, int size, char[] passphrase,
            VaultOptions options) throws Exception {
        try (VaultSession session = VaultSession.create(vault, passphrase, options)) {
            new Family(session.database(), Clock.systemUTC()).addBaby("Ada", Instant.parse("2019-05-01T00:00:00Z"),
                    ZoneOffset.UTC, null, null);
            session.flush();
            Instant now = Instant.now();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            SourceReading reading = source.format().read(export, source.answers());
            long t1 = System.nanoTime();
            Map<String, BabyChoice> onto = onto(session, reading);
            ImportPlan plan = ImportPlanner.plan(session.database(), source.format(), reading, onto, ZONE, now);
            long t2 = System.nanoTime();
            ImportWriter.write(session, plan, options);
            long t3 = System.nanoTime();
            session.flush();
            long t4 = System.nanoTime();
            long cpu4 = cpuNanos();
            if (plan.entries().size() != size || !plan.summary().refused().isEmpty()) {
                throw new IllegalStateException(source.format().name() + ": expected " + size + " entries, planned "
                        + plan.entries().size() + " with " + plan.summary().refused().size() + " refused");
            }
            SourceReading again = source.format().read(export, source.answers());
            ImportPlan nothing = ImportPlanner.plan(session.database(), source.format(), again, onto, ZONE, now);
            ImportWriter.write(session, nothing, options);
            long t5 = System.nanoTime();
            if (!nothing.addsNothing()) {
                throw new IllegalStateException("the second import would add something");
            }
            return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t4 - t0) / 1e6,
                    (cpu4 - cpu0) / 1e6, (t5 - t4) / 1e6};
        }
    }

    /** Every baby of the export onto the vault's Ada, as a parent maps them in the window. */
    private static Map<String, BabyChoice> onto(VaultSession session, SourceReading reading) {
        UUID ada = new Family(session.database(), Clock.systemUTC()).babies(false).getFirst().meta().id();
        Map<String, BabyChoice> onto = new java.util.HashMap<>();
        ImportPlanner.sourceBabies(reading).forEach(baby -> onto.put(baby.key(), BabyChoice.onto(ada)));
        return onto;
    }

    private static long bytes(Path export) throws Exception {
        try (var files = Files.walk(export)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
