package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nestling.ui.shell.NestlingApplication;

/**
 * From starting the JVM to the unlock screen on the window (issue 5: ≤ 1.5 s): the packaged image in
 * target/nestling, started as the launcher does, on the Headless platform, quitting as soon as the
 * first screen is shown. Includes JVM start and exit, so it slightly overstates what a parent waits.
 */
final class StartupBenchmark implements Benchmark {
    private static final int ROUNDS = 7;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        Path image = Path.of("target", "nestling");
        Path lib = image.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("run after `package`: " + lib + " is missing");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path vault = Files.createDirectories(context.scratch().resolve("vault"));
        List<String> command = new ArrayList<>(List.of(java, "@" + lib.resolve("jvm.options"),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-D" + NestlingApplication.EXIT_WHEN_SHOWN + "=true",
                "--module-path", lib.toString(), "--module", "nestling/nestling.app.Main", "--vault", vault.toString()));
        long[] taken = new long[ROUNDS];
        for (int i = -1; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("the app exited with " + exit);
            }
            if (i >= 0) {
                taken[i] = elapsed;
            }
        }
        Samples samples = Samples.of(taken);
        return new ResultTable("Startup to the first screen (create vault), Headless platform",
                "median ms", "p95 ms", "runs")
                .row(samples.medianMillis(), samples.p95Millis(), samples.count())
                .note("Budget (issue 5): startup to the unlock screen ≤ 1500 ms. One unmeasured warm-up run first (disk cache).");
    }
}
