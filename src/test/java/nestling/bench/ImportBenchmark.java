package nestling.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * An import from another app at family scale: a Huckleberry export of N rows (sleeps, breastfeeds,
 * bottles, diapers, pumps; a quarter of an hour apart) into a vault with one baby. Read (CSV and
 * mapping), plan (zones, ids, rules, duplicates against the vault), write (staging, the backup's
 * record checks, the safety copy, the merge) and the vault's save; then the same file again, which
 * adds nothing. The budget: 50,000 rows in at most 3 s in all.
 */
final class ImportBenchmark implements Benchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        char[] passphrase = "a benchmark passphrase".toCharArray();
        ResultTable table = new ResultTable("Import from Huckleberry (CSV) into a vault",
                "rows", "file MB", "read ms", "plan ms", "write ms", "save ms", "total ms", "total CPU ms", "again ms");
        // CPU time of the whole process beside the wall clock: on a shared machine the wall clock measures
        // the neighbours too, the CPU time what the import itself costs

        for (int size : context.sizes().stream().sorted().toList()) {
            Path folder = Files.createDirectories(context.scratch().resolve("size-" + size));
            Path export = write(folder.resolve("huckleberry.csv"), size);
            Path vault = folder.resolve("vault");
            try (VaultSession session = VaultSession.create(vault, passphrase, options)) {
                new Family(session.database(), Clock.systemUTC()).addBaby("Ada", Instant.parse("2020-01-01T00:00:00Z"),
                        ZoneOffset.UTC, null, null);
                session.flush();
                Instant now = Instant.now();
                SourceAnswers answers = new SourceAnswers(null, ZONE);
                long cpu0 = cpuNanos();
                long t0 = System.nanoTime();
                SourceReading reading = new HuckleberryFormat().read(export, answers);
                long t1 = System.nanoTime();
                ImportPlan plan = ImportPlanner.plan(session.database(), new HuckleberryFormat(), reading, (String) null, ZONE, now);
                long t2 = System.nanoTime();
                ImportWriter.write(session, plan, options);
                long t3 = System.nanoTime();
                session.flush();
                long t4 = System.nanoTime();
                long cpu4 = cpuNanos();
                if (plan.entries().size() != size || !plan.summary().refused().isEmpty()) {
                    throw new IllegalStateException("expected " + size + " entries, planned " + plan.entries().size()
                            + " with " + plan.summary().refused().size() + " refused");
                }
                SourceReading again = new HuckleberryFormat().read(export, answers);
                ImportPlan nothing = ImportPlanner.plan(session.database(), new HuckleberryFormat(), again, (String) null, ZONE, now);
                ImportWriter.write(session, nothing, options);
                long t5 = System.nanoTime();
                if (!nothing.addsNothing()) {
                    throw new IllegalStateException("the second import would add something");
                }
                table.row(size, Files.size(export) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                        (t4 - t3) / 1e6, (t4 - t0) / 1e6, (cpu4 - cpu0) / 1e6, (t5 - t4) / 1e6);
            }
        }
        return table;
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static Path write(Path file, int rows) throws Exception {
        LocalDateTime at = LocalDateTime.of(2019, 6, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFType,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\r\n");
            for (int i = 0; i < rows; i++) {
                at = at.plusMinutes(15);
                String start = TIME.format(at);
                String row = switch (i % 5) {
                    case 0 -> "Sleep," + start + "," + TIME.format(at.plusMinutes(10)) + ",00:10,,Crib,,";
                    case 1 -> "Feed," + start + "," + TIME.format(at.plusMinutes(12)) + ",,00:07L,Breast,00:05R,";
                    case 2 -> "Feed," + start + ",,,Formula,Bottle," + (60 + i % 90) + "ml,\"ok, \"\"all\"\"\"";
                    case 3 -> "Diaper," + start + ",,,Yellow,Seedy,Both,";
                    default -> "Pump," + start + "," + TIME.format(at.plusMinutes(10)) + ",00:10,2oz,,2.5oz,";
                };
                out.write(row);
                out.write("\r\n");
            }
        }
        return file;
    }
}
