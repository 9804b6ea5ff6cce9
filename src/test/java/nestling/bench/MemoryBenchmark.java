package nestling.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nestling.backup.BackupExporter;
import nestling.backup.Family;
import nestling.store.Database;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;

/**
 * Peak resident memory of {@code verify-backup} and {@code import} as a parent runs them: the packaged
 * launcher (target/nestling/bin/nestling, with the app's own JVM options) under GNU
 * {@code /usr/bin/time -v}, which reports the process's maximum resident set size. Four files per
 * size: plain and sealed as exported, and both padded with whitespace to {@link #PADDED_BYTES} of
 * JSON (valid JSON, within the format's cap: what a padded file costs must not grow with the padding).
 * Imports replace into a new empty vault, then merge the same file into the vault that now holds it.
 */
final class MemoryBenchmark implements Benchmark {
    /** Issue 21: import and verify at 200k entries, padded or not. */
    static final long BUDGET_MB = 400;
    /** Padded files hold this much JSON: just under the 256 MiB cap, over four times a 200k-entry backup. */
    static final long PADDED_BYTES = 250L << 20;
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final String PASSPHRASE = "a benchmark passphrase";
    /** Extra JVM options for the measured commands ({@code -Dbench.memory.jvm="-Xmx256m"}), to compare heap policies. */
    private static final String EXTRA_JVM = System.getProperty("bench.memory.jvm", "").strip();
    /** {@code -Dbench.memory.keep=true}: leave the files and vaults under target/benchmarks/scratch to measure by hand. */
    private static final boolean KEEP = Boolean.getBoolean("bench.memory.keep");

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Peak resident memory of verify-backup and import (packaged launcher"
                + (EXTRA_JVM.isEmpty() ? ", its own JVM options)" : ", plus JAVA_TOOL_OPTIONS=" + EXTRA_JVM + ")"),
                "entries", "file", "file MB", "verify-backup MB", "verify s", "import replace MB", "replace s",
                "import merge MB", "merge s");
        Path launcher = Path.of("target", "nestling", "bin", "nestling").toAbsolutePath();
        if (!Files.isExecutable(TIME)) {
            System.err.println("memory benchmark: " + TIME + " is missing; install GNU time (apt-get install time)");
            return table.note("NOT MEASURED: " + TIME + " (GNU time) is missing; install it (apt-get install time)"
                    + " and run again. Peak resident memory is read from its -v report.");
        }
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("run after `package`: " + launcher + " is missing");
        }
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        for (int size : context.sizes().stream().sorted().toList()) {
            Path folder = Files.createDirectories(context.scratch().resolve("size-" + size));
            List<Path> files = backups(size, folder, options);
            for (Path file : files) {
                Run verify = new Run(launcher, folder).measure("verify-backup", "--in", file.toString(),
                        "--passphrase-stdin");
                Path vault = folder.resolve("vault-" + file.getFileName());
                new Run(launcher, folder).measure("--vault", vault.toString(), "init", "--passphrase-stdin");
                Run replace = new Run(launcher, folder).measure("--vault", vault.toString(), "import", "--in",
                        file.toString(), "--mode", "replace", "--passphrase-stdin");
                Run merge = new Run(launcher, folder).measure("--vault", vault.toString(), "import", "--in",
                        file.toString(), "--mode", "merge", "--passphrase-stdin");
                table.row(size, kind(file), Files.size(file) / 1e6, verify.peakMb, verify.seconds, replace.peakMb,
                        replace.seconds, merge.peakMb, merge.seconds);
            }
            if (!KEEP) {
                deleteAll(folder); // about 1.5 GB per size at 200k (files, vaults, safety copies)
            }
        }
        return table.note("Budget (issue 21): verify-backup and import <= " + BUDGET_MB + " MB resident at 200k entries,"
                + " not growing with padding. MB: the process's maximum resident set size (GNU time -v), JVM included;"
                + " s: wall time of the whole command, JVM start and the vault's Argon2id (64 MiB) included. Padded files"
                + " hold " + (PADDED_BYTES >> 20) + " MiB of JSON (whitespace after the opening brace); the sealed one"
                + " is that JSON sealed. The launcher's heap options (packaging/common/jvm.options) are part of what"
                + " is measured: they decide how much garbage stays resident; -Dbench.memory.jvm=... compares others.");
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.')) + (name.endsWith(".json") ? " .json" : " .nestling");
    }

    /** plain.json, sealed.nestling, padded.json, padded.nestling of a family with {@code size} entries. */
    private static List<Path> backups(int size, Path folder, VaultOptions options) throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, size, size);
        List<Path> files = new ArrayList<>();
        try (SealedFile.Key key = SealedFile.newKey(PASSPHRASE.toCharArray(), options)) {
            Path plain = BackupExporter.export(source, folder.resolve("plain.json"), null, options).file();
            files.add(plain);
            files.add(BackupExporter.export(source, folder.resolve("sealed.nestling"), key, options).file());
            byte[] padded = padded(Files.readAllBytes(plain));
            Path paddedPlain = Files.write(folder.resolve("padded.json"), padded);
            files.add(paddedPlain);
            files.add(Files.write(folder.resolve("padded.nestling"), SealedFile.seal(padded, key, new SecureRandom())));
        } finally {
            source.close();
        }
        return files;
    }

    /** {@code json} with whitespace after its opening brace, to {@link #PADDED_BYTES} in all. */
    private static byte[] padded(byte[] json) {
        byte[] out = new byte[(int) Math.max(PADDED_BYTES, json.length)];
        Arrays.fill(out, (byte) ' ');
        for (int i = 4095; i < out.length; i += 4096) {
            out[i] = '\n';
        }
        out[0] = '{';
        System.arraycopy(json, 1, out, out.length - (json.length - 1), json.length - 1);
        return out;
    }

    /** One command of the launcher under {@code /usr/bin/time -v}: its peak RSS and wall time. */
    private static final class Run {
        private final Path launcher;
        private final Path folder;
        long peakMb;
        double seconds;

        Run(Path launcher, Path folder) {
            this.launcher = launcher;
            this.folder = folder;
        }

        Run measure(String... arguments) throws IOException, InterruptedException {
            Path report = folder.resolve("time.txt");
            Path output = folder.resolve("output.txt");
            List<String> command = new ArrayList<>(List.of(TIME.toString(), "-v", "-o", report.toString(),
                    launcher.toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // the launcher finds a Java 25 itself; this one is the one the harness runs on
            ProcessHandle.current().info().command().ifPresent(java ->
                    builder.environment().put("NESTLING_JAVA_HOME", Path.of(java).getParent().getParent().toString()));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            if (!EXTRA_JVM.isEmpty()) {
                builder.environment().put("JAVA_TOOL_OPTIONS", EXTRA_JVM);
            }
            long start = System.nanoTime();
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write((PASSPHRASE + "\n" + PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
            }
            int exit = process.waitFor();
            seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " exited with " + exit + ":\n"
                        + Files.readString(output));
            }
            peakMb = Files.readAllLines(report).stream()
                    .filter(line -> line.strip().startsWith("Maximum resident set size"))
                    .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(':') + 1).strip()) / 1024)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no peak RSS in " + report));
            return this;
        }
    }
}
