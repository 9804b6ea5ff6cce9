import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the installer build (java TrimRuntime.java RUNTIME JAVAFX_NATIVES) between jlink and
 * jpackage. On Linux it first moves JavaFX's native libraries, which the build took out of its jar
 * (JAVAFX_NATIVES, packaging/installer-inputs.xml), into the runtime's lib/, where JavaFX loads them
 * from without copying them into the user's home; removes files nothing in Nestling reads (see
 * {@link #removeUnread}); then it strips the symbol tables the shared
 * libraries carry for debuggers ({@code strip --strip-unneeded}: libjvm.so 29.8 → 24.8 MB, 5.5 MB
 * of the runtime; JavaFX's 2.6 MB lose some too). What the libraries export to
 * each other and to Java stays; a crash report names fewer of the JVM's internal functions. jlink's
 * --strip-native-debug-symbols removes debug sections only, which Temurin's libraries do not have.
 * Elsewhere it does nothing.
 */
public final class TrimRuntime {
    public static void main(String[] args) throws IOException, InterruptedException {
        if (System.getProperty("os.name").startsWith("Linux")) {
            moveJavaFxNatives(Path.of(args[1]), Path.of(args[0]).resolve("lib"));
            removeUnread(Path.of(args[0]));
            stripSymbols(Path.of(args[0]));
        }
    }

    private static void moveJavaFxNatives(Path natives, Path lib) throws IOException {
        List<Path> libraries;
        try (Stream<Path> files = Files.list(natives)) {
            libraries = files.filter(file -> file.getFileName().toString().endsWith(".so")).sorted().toList();
        }
        // libglass.so chooses the GTK glass at run time; without it JavaFX would not start.
        if (libraries.stream().noneMatch(file -> file.getFileName().toString().equals("libglass.so"))) {
            throw new IllegalStateException("no JavaFX native libraries (libglass.so) in " + natives);
        }
        for (Path library : libraries) {
            Files.move(library, lib.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf("moved %d JavaFX native libraries into the runtime's lib/%n", libraries.size());
    }

    /**
     * Files jlink puts in every runtime that an offline window never reads, each only by a feature
     * Nestling does not have: TLS trust anchors and the public suffix list (HTTPS, cookies), the
     * splash screen of {@code java -splash}, sound, the class list of {@code -Xshare:dump}, and the
     * file system other JDKs use to read this runtime's classes. 0.9 MB (issue 20: room for the
     * AOT cache within the installers' size limits).
     */
    private static void removeUnread(Path runtime) throws IOException {
        List<String> unread = List.of("lib/security/cacerts", "lib/security/public_suffix_list.dat", "lib/libsplashscreen.so",
                "lib/libjsound.so", "lib/classlist", "lib/jrt-fs.jar");
        for (String file : unread) {
            if (!Files.deleteIfExists(runtime.resolve(file))) {
                throw new IllegalStateException("expected " + file + " in the runtime; look again at what jlink makes");
            }
        }
        System.out.printf("removed %d files no offline window reads: %s%n", unread.size(), String.join(", ", unread));
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
