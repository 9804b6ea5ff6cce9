import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the installer build (java TrimRuntime.java RUNTIME) between jlink and jpackage: deletes the
 * class-data-sharing archive jlink's --generate-cds-archive makes for JVMs without compressed
 * object pointers (classes_nocoops.jsa, 14 MiB). Nestling's heap never nears 32 GiB, so that archive
 * would never be used; classes.jsa, the one every start maps, stays.
 */
public final class TrimRuntime {
    public static void main(String[] args) throws IOException {
        Path runtime = Path.of(args[0]);
        List<Path> unused;
        try (Stream<Path> files = Files.walk(runtime)) {
            unused = files.filter(file -> file.getFileName().toString().equals("classes_nocoops.jsa")).toList();
        }
        boolean shared;
        try (Stream<Path> files = Files.walk(runtime)) {
            shared = files.anyMatch(file -> file.getFileName().toString().equals("classes.jsa"));
        }
        if (!shared) {
            throw new IllegalStateException("no classes.jsa in " + runtime + ": did jlink run with --generate-cds-archive?");
        }
        for (Path file : unused) {
            Files.delete(file);
            System.out.println("deleted " + file);
        }
    }
}
