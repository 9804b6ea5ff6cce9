import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Run by the installer build (java TrainAotCache.java OS APP_IMAGE JVM_OPTIONS MODULE/CLASS SCOPE)
 * after the app image is made and before the installers are: gives the image an AOT cache (issue
 * 20; JEP 483/514/515), the classes a training run loaded and linked and the profiles it gathered,
 * so a parent's start skips that work.
 * <ol>
 * <li>The training run: the image's own java (the runtime that ships) with the launcher's options
 * and module, under {@code -XX:AOTCacheOutput}, running {@code nestling.app.AotTraining} on a
 * throwaway vault: the common commands ({@code SCOPE=commands}), or those and then the window
 * on the Headless platform, unlocked, every section shown ({@code SCOPE=full}).</li>
 * <li>The cache must map as the launcher passes it ({@code -XX:AOTMode=on}: the JVM refuses to
 * start otherwise) and {@code --version} must print the version. Quiet, as the launcher runs it:
 * JDK 25.0.3 may warn that it could not link a method adapter from the cache ("Failed to link
 * AdapterHandlerEntry"), which costs nothing but that adapter's generation.</li>
 * <li>A damaged copy must only cost speed: {@code --version} with a truncated cache prints the same,
 * exit 0, nothing about the cache.</li>
 * </ol>
 * The runtime has no CDS archive of its own (jlink's classes.jsa, 14 MiB): the launcher always
 * passes this cache, which holds the JDK classes Nestling uses and replaces that archive at every
 * start; where the cache cannot be used the JVM starts without either, slower but the same.
 * The cache lands beside the application's files: lib/app/ (Linux), app/ (Windows), Contents/app/
 * (macOS), where the launchers name it ({@code $APPDIR/nestling.aot}).
 */
public final class TrainAotCache {
    static final String CACHE = "nestling.aot";
    /** What nestling.app.AotTraining prints when every step of its run succeeded. */
    private static final String DONE = "training run complete";
    private static final String QUIET = "-Xlog:aot*=off,cds*=off";

    private record Layout(Path java, Path app, Path runtime) {
        static Layout of(String os, Path image) {
            return switch (os) {
                case "linux" -> new Layout(image.resolve("lib/runtime/bin/java"), image.resolve("lib/app"),
                        image.resolve("lib/runtime"));
                case "windows" -> new Layout(image.resolve("runtime/bin/java.exe"), image.resolve("app"),
                        image.resolve("runtime"));
                case "macos" -> new Layout(image.resolve("Contents/runtime/Contents/Home/bin/java"),
                        image.resolve("Contents/app"), image.resolve("Contents/runtime/Contents/Home"));
                default -> throw new IllegalArgumentException("unknown OS " + os);
            };
        }
    }

    private record Run(int exitCode, String output) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String os = args[0];
        Layout layout = Layout.of(os, Path.of(args[1]));
        Path options = Path.of(args[2]);
        String main = args[3];
        String scope = args[4];
        if (!List.of("commands", "everyday", "full").contains(scope)) {
            throw new IllegalArgumentException("training scope is commands, everyday or full, not " + scope);
        }
        Path cache = layout.app().resolve(CACHE);
        Files.deleteIfExists(cache);
        Path work = Files.createTempDirectory("nestling-aot-training");
        try {
            List<String> launcher = launcherOptions(os, layout, options);
            long start = System.nanoTime();
            // Once more after a failure: the JVM has been seen to crash while it assembled a cache
            // (once in many builds, on a loaded machine); a second failure fails the build.
            for (int attempt = 1; ; attempt++) {
                Files.deleteIfExists(cache);
                List<String> train = new ArrayList<>(launcher);
                train.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining", "-XX:AOTCacheOutput=" + cache, "-Dnestling.aotTraining=" + work.resolve("run" + attempt),
                        "-Dnestling.aotTraining.scope=" + scope, "-Dglass.platform=Headless", "-Dprism.order=sw",
                        "--module", main));
                Run training = run(train, work);
                if (training.exitCode() == 0 && training.output().contains(DONE) && Files.isRegularFile(cache)) {
                    break;
                }
                String failure = "the AOT training run failed (exit " + training.exitCode() + "):\n" + training.output();
                if (attempt == 2) {
                    throw new IllegalStateException(failure);
                }
                System.out.println(failure + "\ntrying once more");
            }
            System.out.printf("AOT cache %s: %d KiB, trained on %s in %.1f s%n", cache, Files.size(cache) / 1024, scope,
                    (System.nanoTime() - start) / 1e9);

            String version = version(launcher, main, "-XX:AOTCache=" + cache, "-XX:AOTMode=on", QUIET);
            Path damaged = work.resolve("damaged.aot");
            try (var in = Files.newInputStream(cache)) {
                Files.write(damaged, in.readNBytes(100_000));
            }
            String withDamaged = version(launcher, main, "-XX:AOTCache=" + damaged, QUIET);
            if (!withDamaged.equals(version)) {
                throw new IllegalStateException("with a damaged AOT cache, --version printed '" + withDamaged
                        + "' instead of '" + version + "'");
            }
            System.out.println("the cache maps (-XX:AOTMode=on); a damaged one costs speed only: '" + version + "'");

        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The JVM and options the installed launcher uses (packaging/linux/launcher/Nestling, jpackage's elsewhere). */
    private static List<String> launcherOptions(String os, Layout layout, Path options) {
        List<String> command = new ArrayList<>(List.of(layout.java().toString(), "@" + options));
        if (os.equals("linux")) {
            Path lib = layout.runtime().resolve("lib");
            command.addAll(List.of("-Dorg.sqlite.lib.path=" + lib, "-Dorg.sqlite.lib.name=libsqlitejdbc.so"));
        }
        return command;
    }

    private static String version(List<String> launcher, String main, String... cacheOptions) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(cacheOptions));
        command.addAll(List.of("--module", main, "--version"));
        Run run = run(command, null);
        String printed = run.output().strip();
        if (run.exitCode() != 0 || !printed.startsWith("Nestling ")) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + run.exitCode() + ":\n" + printed);
        }
        return printed;
    }

    /** Runs {@code command}; one that takes over 10 minutes (a training run that hangs) is killed and fails. */
    private static Run run(List<String> command, Path directory) throws IOException, InterruptedException {
        Path output = Files.createTempFile("nestling-aot", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", command) + " did not end within 10 minutes:\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private TrainAotCache() {
    }
}
