import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the installer build (java TrimRuntime.java RUNTIME) between jlink and jpackage. On Linux it
 * strips the symbol tables the JDK's shared libraries carry for debuggers ({@code strip
 * --strip-unneeded}: libjvm.so 29.8 → 24.8 MB, 5.5 MB of the runtime). What the libraries export to
 * each other and to Java stays; a crash report names fewer of the JVM's internal functions. jlink's
 * --strip-native-debug-symbols removes debug sections only, which Temurin's libraries do not have.
 * Elsewhere it does nothing.
 */
public final class TrimRuntime {
    public static void main(String[] args) throws IOException, InterruptedException {
        if (System.getProperty("os.name").startsWith("Linux")) {
            stripSymbols(Path.of(args[0]));
        }
    }

    private static void stripSymbols(Path runtime) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            files.filter(file -> file.getFileName().toString().endsWith(".so")).map(Path::toString).sorted().forEach(command::add);
        }
        long before = sizeOf(runtime);
        Process strip;
        try {
            strip = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new IllegalStateException("`strip` (binutils) is needed to build the Linux installers: " + e.getMessage(), e);
        }
        if (strip.waitFor() != 0) {
            throw new IllegalStateException("strip --strip-unneeded failed on the runtime's libraries");
        }
        System.out.printf("stripped %d libraries: the runtime went from %d to %d KiB%n", command.size() - 2,
                before / 1024, sizeOf(runtime) / 1024);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
