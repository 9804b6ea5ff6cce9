package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The benchmark harness: {@code ./mvnw -Pbench verify} (all) or {@code -Dbench=name,name} and
 * {@code -Dbench.sizes=1000,10000}. Prints each table and writes it to target/benchmarks/NAME.md.
 * A benchmark, not a test: it asserts no budget, it reports figures for the issue notes.
 */
public final class Benchmarks {
    /** Every benchmark the harness knows; add new ones here. */
    private static List<Benchmark> all() {
        return List.of(new KdfBenchmark(), new VaultBenchmark(), new JournalBenchmark(), new InsightsBenchmark(),
                new TimelineBenchmark(), new BackupBenchmark(), new MemoryBenchmark(), new StartupBenchmark(), new TodayBenchmark(),
                new HistoryBenchmark(), new NextNapBenchmark(), new ImportBenchmark(), new InboxBenchmark(), new UnlockBenchmark(),
                new WindowMemoryBenchmark(), new FirstUnlockBenchmark());
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
        Set<String> wanted = csv(System.getProperty("bench", ""));
        List<Integer> sizes = new ArrayList<>();
        for (String size : csv(System.getProperty("bench.sizes", "1000,10000,100000,200000"))) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        sizes.sort(null); // the list came through a set: report small to large
        Files.createDirectories(out);
        Path scratch = Files.createDirectories(out.resolve("scratch"));
        int ran = 0;
        for (Benchmark benchmark : all()) {
            if (!wanted.isEmpty() && !wanted.contains(benchmark.name())) {
                continue;
            }
            ResultTable table = benchmark.run(new BenchContext(Files.createTempDirectory(scratch, benchmark.name()), sizes));
            String markdown = table.toMarkdown();
            System.out.println(markdown);
            Files.writeString(out.resolve(benchmark.name() + ".md"), markdown);
            ran++;
        }
        if (ran == 0) {
            throw new IllegalArgumentException("no benchmark matched -Dbench=" + wanted);
        }
    }

    private static Set<String> csv(String text) {
        return text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }
}
