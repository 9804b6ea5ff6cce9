package nestling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory of the window as a parent runs it (issue 20: at most 250 MB at 10k entries): the
 * installer image's own launcher (target/installer/image, its JVM options and AOT cache) on a real X
 * server (Xvfb, the GTK platform and its GL, as on a desktop), a vault of N entries made with the real
 * KDF, the passphrase typed with xdotool. Read from /proc: the resident set once Today has settled
 * after the unlock, again after every screen was shown once and Today again, and the peak (VmHWM).
 */
final class WindowMemoryBenchmark implements Benchmark {
    static final long BUDGET_MB = 250;
    private static final String PASS = "window memory benchmark passphrase";
    private static final int ROUNDS = 3;
    /** Long enough for the unlock's garbage (the KDF's 64 MiB) to be collected and trimmed. */
    private static final long SETTLE_MILLIS = 10_000;
    /** Idle on Today after the tour: past the JVM's periodic collection (jvm.options, 30 s). */
    private static final long IDLE_MILLIS = 40_000;

    @Override
    public String name() {
        return "window-memory";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Resident memory of the window (installer image, Xvfb 1024x640, GTK)",
                "entries", "round", "after unlock MB", "after every screen MB", "peak MB");
        Path launcher = Path.of("target", "installer", "image", "Nestling", "bin", "Nestling").toAbsolutePath();
        List<String> missing = VirtualDisplay.missingFor(launcher);
        if (!missing.isEmpty()) {
            return table.note("NOT MEASURED: missing " + String.join(", ", missing) + ".");
        }
        try (VirtualDisplay display = VirtualDisplay.start(context.scratch())) {
            for (int size : context.sizes()) {
                Path vault = context.scratch().resolve("window-" + size);
                InsightsFiller.vault(vault, PASS, size);
                for (int round = 1; round <= ROUNDS; round++) {
                    long[] mb = measure(launcher, vault, display);
                    table.row(size, round, mb[0], mb[1], mb[2]);
                }
            }
        }
        return table.note(String.format(Locale.ROOT, "Budget (issue 20): at most %d MB resident at 10k entries."
                + " MB: VmRSS of the JVM %d s after the unlock was logged, then after Alt+2..Alt+8 and Alt+1 (2 s each,"
                + " then %d s idle on Today); peak: VmHWM (the unlock: Argon2id's 64 MiB). RSS counts the mapped AOT cache and runtime image pages the"
                + " window touched. Xvfb has no GPU: the launcher picks JavaFX's software pipeline (a desktop with a"
                + " GPU has its driver's memory instead).", BUDGET_MB, SETTLE_MILLIS / 1000, IDLE_MILLIS / 1000));
    }

    /** One start of the window: resident MB after the unlock, after every screen, and the peak. */
    private static long[] measure(Path launcher, Path vault, VirtualDisplay display) throws Exception {
        Path log = vault.resolve("logs").resolve("nestling.0.log");
        long unlocksBefore = unlocks(log);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                .redirectOutput(vault.resolveSibling("window-output.txt").toFile());
        builder.environment().put("NESTLING_HOME", vault.toString());
        builder.environment().put("DISPLAY", display.name());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process window = builder.start();
        try {
            display.typeIntoWindow(window, PASS, 20);
            display.xdotool("key", "Return");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (unlocks(log) == unlocksBefore) {
                if (System.nanoTime() > deadline || !window.isAlive()) {
                    throw new IllegalStateException("the window did not unlock within 60 s");
                }
                Thread.sleep(100);
            }
            long pid = javaOf(window);
            Thread.sleep(SETTLE_MILLIS);
            long afterUnlock = status(pid, "VmRSS");
            for (int screen = 2; screen <= 8; screen++) {
                display.xdotool("key", "alt+" + screen);
                Thread.sleep(2000);
            }
            display.xdotool("key", "alt+1");
            Thread.sleep(IDLE_MILLIS);
            return new long[] {afterUnlock, status(pid, "VmRSS"), status(pid, "VmHWM")};
        } finally {
            window.descendants().forEach(ProcessHandle::destroy);
            window.destroy();
            window.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** The JVM's pid: the launcher script execs java, so it is the script's own process. */
    private static long javaOf(Process window) {
        return window.descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(window.pid());
    }

    private static long unlocks(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("unlocked generation")).count();
        }
    }

    /** A /proc/PID/status field in MB. */
    private static long status(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + field + " for " + pid));
    }
}
