package nestling.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must stay plain Java: only the ui and app packages may touch JavaFX. */
class CoreHasNoJavaFxTest {
    private static final Path SOURCES = Path.of("src/main/java/nestling");
    private static final Pattern JAVAFX_REFERENCE = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?javafx\\.|\\bjavafx\\.[a-z]+\\.[A-Z]");

    static List<Path> javaFxUsersOutsideUi(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        Path relative = root.relativize(p);
                        String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                        return !top.equals("ui") && !top.equals("app");
                    })
                    .filter(CoreHasNoJavaFxTest::mentionsJavaFx)
                    .sorted()
                    .toList();
        }
    }

    private static boolean mentionsJavaFx(Path file) {
        try {
            return JAVAFX_REFERENCE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void corePackagesDoNotUseJavaFx() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("vault")), "the scan must see the real sources");
        assertEquals(List.of(), javaFxUsersOutsideUi(SOURCES));
    }

    @Test
    void theScanCatchesAnOffender(@org.junit.jupiter.api.io.TempDir Path tree) throws IOException {
        Path offender = tree.resolve("vault/Leaky.java");
        Files.createDirectories(offender.getParent());
        Files.writeString(offender, "package nestling.vault;\nimport javafx.scene.Node;\nclass Leaky {}\n");
        Path allowed = tree.resolve("ui/Fine.java");
        Files.createDirectories(allowed.getParent());
        Files.writeString(allowed, "package nestling.ui;\nimport javafx.scene.Node;\nclass Fine {}\n");
        assertEquals(List.of(offender), javaFxUsersOutsideUi(tree));
    }
}
