package nestling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain is values and rules only: it imports the JDK's java.* packages and itself, nothing else. */
class DomainIsPlainJavaTest {
    private static final Path DOMAIN = Path.of("src/main/java/nestling/domain");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)");

    static List<String> foreignImports(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().flatMap(file -> {
                try {
                    Matcher matcher = IMPORT.matcher(Files.readString(file));
                    Stream.Builder<String> found = Stream.builder();
                    while (matcher.find()) {
                        String name = matcher.group(1);
                        if (!name.startsWith("java.") && !name.startsWith("nestling.domain.")) {
                            found.add(file.getFileName() + ": " + name);
                        }
                    }
                    return found.build();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void domainImportsOnlyTheJdk() throws IOException {
        assertTrue(Files.exists(DOMAIN.resolve("Entry.java")), "the scan must see the real sources");
        assertEquals(List.of(), foreignImports(DOMAIN));
    }

    @Test
    void theScanCatchesAnOffender(@org.junit.jupiter.api.io.TempDir Path tree) throws IOException {
        Files.writeString(tree.resolve("Leaky.java"), "package nestling.domain;\nimport java.util.List;\n"
                + "import nestling.store.Database;\nclass Leaky {}\n");
        assertEquals(List.of("Leaky.java: nestling.store.Database"), foreignImports(tree));
    }
}
