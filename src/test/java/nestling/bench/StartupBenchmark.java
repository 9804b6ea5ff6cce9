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
import nestling.vault.Argon2Kdf;
import nestling.vault.KdfParameters;

/**
 * Whole-process start times (issue 20), each next to its floor on the same runtime, measured
 * interleaved (one run of every case per round) so a noisy machine slows floor and Nestling alike
 * and the ratios hold: the launcher's {@code --version} and {@code --help} against {@code java
 * -version}; {@code log} end to end and {@code batch} of 1 and 1,000 lines (the vault made with the
 * real KDF settings, whose cost is measured on its own); Nestling's window to its first frame against
 * the smallest JavaFX window (Headless platform, both leaving after their first pulse). With an
 * installer image in target/installer/image (./mvnw -Pinstaller package), its launcher too (--version and
 * log), against that image's own java -version.
 * Run the harness's class directly (not through -Pbench, which repackages the image) to measure
 * the image with the AOT cache .ci/train-aot made: a rebuilt jar makes the cache stale.
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

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("java -version (floor)", List.of(java, "-version"), Map.of(), new byte[0]));
        cases.add(new Case("nestling --version", List.of(launcher.toString(), "--version"), sameJava, new byte[0]));
        cases.add(new Case("nestling --help", List.of(launcher.toString(), "--help"), sameJava, new byte[0]));
        cases.add(new Case("nestling log note", List.of(launcher.toString(), "log", "note", "--text", "bench",
                "--passphrase-stdin"), withVault, line(PASS)));
        cases.add(new Case("nestling batch, 1 line", List.of(launcher.toString(), "batch", "--passphrase-stdin"),
                withVault, (PASS + "\n" + batchLines(1)).getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("nestling batch, 1000 lines", List.of(launcher.toString(), "batch", "--passphrase-stdin"),
                withVault, (PASS + "\n" + batchLines(1000)).getBytes(StandardCharsets.UTF_8)));
        Path windowVault = Files.createDirectories(context.scratch().resolve("window"));
        List<String> headless = List.of(java, "@" + lib.resolve("jvm.options"), "-Dglass.platform=Headless",
                "-Dprism.order=sw", "-D" + NestlingApplication.EXIT_WHEN_SHOWN + "=true", "--module-path", lib.toString());
        List<String> smallest = new ArrayList<>(headless);
        smallest.addAll(List.of("--patch-module", "nestling=" + Path.of("target", "test-classes").toAbsolutePath(),
                "--add-exports", "nestling/nestling.bench=javafx.graphics", "--module", "nestling/" + SmallestWindow.class.getName()));
        cases.add(new Case("smallest JavaFX window, first frame (floor)", smallest, Map.of(), new byte[0]));
        // Through the launcher, as a parent starts it (with the image's AOT cache if .ci/train-aot made one).
        Map<String, String> headlessLauncher = new LinkedHashMap<>(sameJava);
        headlessLauncher.put("JAVA_TOOL_OPTIONS", "-Dglass.platform=Headless -Dprism.order=sw -D"
                + NestlingApplication.EXIT_WHEN_SHOWN + "=true");
        cases.add(new Case("Nestling window, first frame", List.of(launcher.toString(), "--vault", windowVault.toString()),
                headlessLauncher, new byte[0]));
        // The installers' image (Linux): its launcher against its own runtime's java, as a parent runs it.
        Path installerImage = Path.of("target", "installer", "image", "Nestling").toAbsolutePath();
        Path installed = installerImage.resolve("bin").resolve("Nestling");
        Path installedJava = installerImage.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        boolean withInstaller = Files.isExecutable(installed) && Files.isExecutable(installedJava);
        if (withInstaller) {
            Map<String, String> installedVault = Map.of("NESTLING_HOME", vault.toString());
            cases.add(new Case("installer runtime: java -version (floor)", List.of(installedJava.toString(), "-version"),
                    Map.of(), new byte[0]));
            cases.add(new Case("installer image: Nestling --version", List.of(installed.toString(), "--version"),
                    Map.of(), new byte[0]));
            cases.add(new Case("installer image: Nestling log note", List.of(installed.toString(), "log", "note",
                    "--text", "bench", "--passphrase-stdin"), installedVault, line(PASS)));
        }

        long[][] taken = new long[cases.size()][ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {
            for (int i = 0; i < cases.size(); i++) {
                long elapsed = run(cases.get(i));
                if (round >= 0) {
                    taken[i][round] = elapsed;
                }
            }
        }
        double kdf = kdfMillis();
        ResultTable table = new ResultTable("Start to done, whole process, interleaved with the floors",
                "case", "median ms", "p95 ms", "× floor");
        double versionFloor = Samples.of(taken[0]).medianMillis();
        double windowFloor = Samples.of(taken[6]).medianMillis();
        double installerFloor = withInstaller ? Samples.of(taken[8]).medianMillis() : Double.NaN;
        for (int i = 0; i < cases.size(); i++) {
            Samples samples = Samples.of(taken[i]);
            double floor = i == 6 || i == 7 ? windowFloor : i >= 8 ? installerFloor : versionFloor;
            table.row(cases.get(i).name(), samples.medianMillis(), samples.p95Millis(),
                    String.format(Locale.ROOT, "%.2f", samples.medianMillis() / floor));
        }
        double version = Samples.of(taken[1]).medianMillis();
        String installerBudget = withInstaller ? String.format(Locale.ROOT, " (installer image: %.0f ms)",
                Samples.of(taken[9]).medianMillis() + kdf + 150) : "";
        return table.note(String.format(Locale.ROOT, "KDF alone (default settings, first run in a JVM, as a command pays it): %.0f ms."
                + " Budgets: launcher --version ≤ 2× java -version; log ≤ --version + KDF + 150 ms = %.0f ms%s;"
                + " batch of 1,000 ≤ 2 s + KDF (its extra over 1 line: %.0f ms); window ≤ 1.3× the smallest window."
                + " %d rounds after one unmeasured warm-up; floors from the same JDK (%s).",
                kdf, version + kdf + 150, installerBudget, Samples.of(taken[5]).medianMillis() - Samples.of(taken[4]).medianMillis(),
                ROUNDS, javaHome));
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

    /** The KDF as a command pays it: its first run in this JVM (not yet compiled), as in a fresh process. */
    private static double kdfMillis() {
        KdfParameters parameters = KdfParameters.freshDefaults(new java.security.SecureRandom());
        long start = System.nanoTime();
        Argon2Kdf.derive(PASS.toCharArray(), parameters).close();
        return (System.nanoTime() - start) / 1e6;
    }
}
