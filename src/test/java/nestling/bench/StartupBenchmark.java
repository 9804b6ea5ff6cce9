package nestling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nestling.ui.shell.NestlingApplication;

/**
 * Whole-process start times (issue 20), each next to its floor on the same runtime, measured
 * interleaved (one run of every case per round) so a noisy machine slows floor and Nestling alike
 * and the ratios hold: the launcher's {@code --version} and {@code --help} against {@code java
 * -version}; {@code log} end to end and {@code batch} of 1 and 1,000 lines (the vault made with the
 * real KDF settings, whose cost is measured on its own); Nestling's window to its first frame (the
 * lock screen, with a baby's quick logs) against the smallest JavaFX window, both leaving after their
 * first pulse. With an installer image in target/installer/image (./mvnw -Pinstaller package), its
 * launcher too (--version, log, and the window on GTK under Xvfb where Xvfb is installed, as on a
 * desktop), against that image's own java -version and smallest window.
 * The installer image carries its AOT cache (made by the installer build); the development image
 * only when .ci/train-aot made one, which a rebuilt jar (as -Pbench makes) leaves stale. The
 * smallest windows run from the class path: a --patch-module would turn the runtime's class data
 * sharing off and flatter the ratio.
 */
final class StartupBenchmark implements Benchmark {
    private static final int ROUNDS = 7;
    private static final String PASS = "bench passphrase";

    @Override
    public String name() {
        return "startup";
    }

    private record Case(String name, List<String> command, Map<String, String> environment, byte[] stdin) {
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        Path image = Path.of("target", "nestling").toAbsolutePath();
        Path lib = image.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("run after `package`: " + lib + " is missing");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String javaHome = Path.of(java).getParent().getParent().toString();
        Path launcher = image.resolve("bin").resolve("nestling");
        Map<String, String> sameJava = Map.of("NESTLING_JAVA_HOME", javaHome);

        Path vault = context.scratch().resolve("vault");
        Map<String, String> withVault = new LinkedHashMap<>(sameJava);
        withVault.put("NESTLING_HOME", vault.toString());
        run(new Case("init", List.of(launcher.toString(), "init", "--passphrase-stdin"), withVault, line(PASS)));
        run(new Case("baby", List.of(launcher.toString(), "baby", "add", "--name", "Ada", "--birth", "2026-09-01",
                "--passphrase-stdin"), withVault, line(PASS)));

        // Each case names the floor it is compared with (its index in this list; -1 for a floor).
        List<Case> cases = new ArrayList<>();
        List<Integer> floors = new ArrayList<>();
        int versionFloor = add(cases, floors, new Case("java -version (floor)", List.of(java, "-version"), Map.of(), new byte[0]), -1);
        add(cases, floors, new Case("nestling --version", List.of(launcher.toString(), "--version"), sameJava, new byte[0]), versionFloor);
        add(cases, floors, new Case("nestling --help", List.of(launcher.toString(), "--help"), sameJava, new byte[0]), versionFloor);
        int log = add(cases, floors, new Case("nestling log note", List.of(launcher.toString(), "log", "note", "--text", "bench",
                "--passphrase-stdin"), withVault, line(PASS)), versionFloor);
        int batchOne = add(cases, floors, new Case("nestling batch, 1 line", List.of(launcher.toString(), "batch", "--passphrase-stdin"),
                withVault, (PASS + "\n" + batchLines(1)).getBytes(StandardCharsets.UTF_8)), versionFloor);
        int batchMany = add(cases, floors, new Case("nestling batch, 1000 lines", List.of(launcher.toString(), "batch", "--passphrase-stdin"),
                withVault, (PASS + "\n" + batchLines(1000)).getBytes(StandardCharsets.UTF_8)), versionFloor);
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        List<String> headless = List.of("-Dglass.platform=Headless", "-Dprism.order=sw");
        // The smallest window from the class path: a --patch-module would turn class data sharing off.
        List<String> smallest = new ArrayList<>(List.of(java, "@" + lib.resolve("jvm.options")));
        smallest.addAll(headless);
        smallest.addAll(List.of("--module-path", lib.toString(), "--add-modules", "javafx.controls", "-cp", testClasses,
                SmallestWindow.class.getName()));
        int windowFloor = add(cases, floors, new Case("smallest JavaFX window, first frame (floor, Headless)", smallest,
                Map.of(), new byte[0]), -1);
        // Through the launcher, as a parent starts it: no arguments, the vault from NESTLING_HOME, so
        // the first screen is the lock screen with Ada's quick logs (with the image's AOT cache if
        // .ci/train-aot made one).
        Map<String, String> headlessLauncher = new LinkedHashMap<>(withVault);
        headlessLauncher.put("JAVA_TOOL_OPTIONS", String.join(" ", headless) + " -D" + NestlingApplication.EXIT_WHEN_SHOWN + "=true");
        add(cases, floors, new Case("Nestling window, lock screen, first frame (Headless)", List.of(launcher.toString()),
                headlessLauncher, new byte[0]), windowFloor);
        // The installers' image (Linux), as a parent runs it, against its own runtime's floors and
        // against the build JDK's (which has the JDK's CDS archive; the image replaces it by its AOT cache).
        Path installerImage = Path.of("target", "installer", "image", "Nestling").toAbsolutePath();
        Path installed = installerImage.resolve("bin").resolve("Nestling");
        Path installedJava = installerImage.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        int installerLog = -1;
        int installerVersion = -1;
        VirtualDisplay display = null;
        if (Files.isExecutable(installed) && Files.isExecutable(installedJava)) {
            Map<String, String> installedVault = Map.of("NESTLING_HOME", vault.toString());
            int installerFloor = add(cases, floors, new Case("installer runtime: java -version (floor)",
                    List.of(installedJava.toString(), "-version"), Map.of(), new byte[0]), -1);
            installerVersion = add(cases, floors, new Case("installer image: Nestling --version", List.of(installed.toString(), "--version"),
                    Map.of(), new byte[0]), installerFloor);
            add(cases, floors, new Case("installer image: Nestling --version, against the JDK's java -version",
                    List.of(installed.toString(), "--version"), Map.of(), new byte[0]), versionFloor);
            installerLog = add(cases, floors, new Case("installer image: Nestling log note", List.of(installed.toString(), "log", "note",
                    "--text", "bench", "--passphrase-stdin"), installedVault, line(PASS)), installerFloor);
            // The window as on a desktop: GTK on an X server (Xvfb) where there is one, else Headless.
            // Without a GPU the launcher takes JavaFX's software pipeline and turns GTK's GL off; the
            // floor is given the same.
            boolean gtk = VirtualDisplay.onPath("Xvfb") != null;
            String platform = gtk ? "GTK on Xvfb" : "Headless";
            Map<String, String> floorEnvironment = new LinkedHashMap<>();
            Map<String, String> windowEnvironment = new LinkedHashMap<>(installedVault);
            List<String> installedSmallest = new ArrayList<>(List.of(installedJava.toString(),
                    "@" + installerImage.resolve("lib").resolve("app").resolve("jvm.options")));
            if (gtk) {
                display = VirtualDisplay.start(context.scratch());
                floorEnvironment.putAll(Map.of("DISPLAY", display.name(), "GDK_GL", "disable"));
                windowEnvironment.put("DISPLAY", display.name());
                windowEnvironment.put("JAVA_TOOL_OPTIONS", "-D" + NestlingApplication.EXIT_WHEN_SHOWN + "=true");
                installedSmallest.add("-Dprism.order=sw");
            } else {
                windowEnvironment.put("JAVA_TOOL_OPTIONS", headlessLauncher.get("JAVA_TOOL_OPTIONS"));
                installedSmallest.addAll(headless);
            }
            installedSmallest.addAll(List.of("--add-modules", "javafx.controls", "-cp", testClasses, SmallestWindow.class.getName()));
            int installerWindowFloor = add(cases, floors, new Case("installer runtime: smallest JavaFX window (floor, " + platform + ")",
                    installedSmallest, floorEnvironment, new byte[0]), -1);
            add(cases, floors, new Case("installer image: Nestling window, lock screen, first frame (" + platform + ")",
                    List.of(installed.toString()), windowEnvironment, new byte[0]), installerWindowFloor);
        }

        // The KDF as a command pays it: a fresh JVM (the JDK's defaults) each round, timed inside.
        long[][] taken = new long[cases.size()][ROUNDS];
        long[] kdfTaken = new long[ROUNDS];
        try {
            for (int round = -1; round < ROUNDS; round++) {
                for (int i = 0; i < cases.size(); i++) {
                    long elapsed = run(cases.get(i));
                    if (round >= 0) {
                        taken[i][round] = elapsed;
                    }
                }
                if (round >= 0) {
                    kdfTaken[round] = KdfOnce.nanos();
                }
            }
        } finally {
            if (display != null) {
                display.close();
            }
        }
        double kdf = Samples.of(kdfTaken).medianMillis();
        ResultTable table = new ResultTable("Start to done, whole process, interleaved with the floors",
                "case", "median ms", "p95 ms", "× floor");
        for (int i = 0; i < cases.size(); i++) {
            Samples samples = Samples.of(taken[i]);
            String ratio = floors.get(i) < 0 ? "floor"
                    : String.format(Locale.ROOT, "%.2f", samples.medianMillis() / Samples.of(taken[floors.get(i)]).medianMillis());
            table.row(cases.get(i).name(), samples.medianMillis(), samples.p95Millis(), ratio);
        }
        double version = Samples.of(taken[1]).medianMillis();
        String installerBudget = installerLog < 0 ? "" : String.format(Locale.ROOT,
                " (installer image: log %.0f ms against --version + KDF + 150 = %.0f ms)",
                Samples.of(taken[installerLog]).medianMillis(), Samples.of(taken[installerVersion]).medianMillis() + kdf + 150);
        return table.note(String.format(Locale.ROOT, "KDF alone (default settings, a fresh JVM each round, median, as a command pays it): %.0f ms."
                + " Budgets: launcher --version ≤ 2× java -version; log ≤ --version + KDF + 150 ms = %.0f ms (log: %.0f ms)%s;"
                + " batch of 1,000 ≤ 2 s + KDF (its extra over 1 line: %.0f ms); window ≤ 1.3× the smallest window."
                + " %d rounds after one unmeasured warm-up; floors from the same JDK (%s).",
                kdf, version + kdf + 150, Samples.of(taken[log]).medianMillis(), installerBudget,
                Samples.of(taken[batchMany]).medianMillis() - Samples.of(taken[batchOne]).medianMillis(), ROUNDS, javaHome));
    }

    /** Adds {@code c}, compared with the case at {@code floor} (-1: it is a floor); returns its index. */
    private static int add(List<Case> cases, List<Integer> floors, Case c, int floor) {
        cases.add(c);
        floors.add(floor);
        return cases.size() - 1;
    }

    private static byte[] line(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String batchLines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String at = LocalDateTime.of(2026, 10, 1, 0, 0).plusMinutes(37L * i).toString();
            lines.append(switch (i % 3) {
                case 0 -> "diaper --at " + at + " --wet";
                case 1 -> "bottle --at " + at + " --ml 90";
                default -> "{\"type\":\"note\",\"at\":\"" + at + "\",\"text\":\"n" + i + "\"}";
            }).append('\n');
        }
        return lines.toString();
    }

    private static long run(Case c) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(c.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(c.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().write(c.stdin());
        process.getOutputStream().close();
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(c.name() + " exited with " + exit);
        }
        return elapsed;
    }

}
