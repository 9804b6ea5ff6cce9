package nestling.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The inbox benchmark run in the tests' JVM: {@code ./mvnw verify -Dtest=InboxBenchmarkTest -Dbench=inbox}.
 * (The -Pbench harness JVM cannot open SQLite at the moment: its driver finds slf4j on the class
 * path, which its module does not read; the journal benchmark fails the same way.) Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "bench", matches = ".*inbox.*")
class InboxBenchmarkTest {
    @Test
    void measure() throws Exception {
        Path out = Files.createDirectories(Path.of("target/benchmarks"));
        String markdown = new InboxBenchmark().run(new BenchContext(Files.createTempDirectory(out, "inbox"), List.of()))
                .toMarkdown();
        System.out.println(markdown);
        Files.writeString(out.resolve("inbox.md"), markdown);
        assertTrue(markdown.contains("merge"));
    }
}
