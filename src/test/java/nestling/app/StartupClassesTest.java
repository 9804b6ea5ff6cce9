package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start loads, seen from outside in fresh JVMs with {@code -Xlog:class+load} (issue 20): a
 * script calls {@code nestling --version} or {@code nestling batch} and pays for every class. The
 * version touches no crypto, SQLite or JavaFX; a command (here {@code batch}, end to end through
 * the real entry point and stdin) no JavaFX.
 */
class StartupClassesTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private record Run(int exit, String out, String err, List<String> classes) {
    }

    private Run run(String stdin, Consumer<Map<String, String>> environment, String... args) throws IOException {
        Path classLog = dir.resolve("classes-" + args[0] + ".log");
        Path errLog = dir.resolve("err-" + args[0] + ".log");
        Process process = ChildJvm.start(Main.class, errLog, environment,
                List.of("-Xlog:class+load:file=" + classLog), modulePathAsShipped(), args);
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = ChildJvm.waitQuietly(process);
        // "[0.012s][info][class,load] java.lang.Object source: ..." -> the class name
        try (Stream<String> lines = Files.lines(classLog)) {
            List<String> classes = lines.map(line -> line.split(" ")).filter(words -> words.length > 1)
                    .map(words -> words[1]).toList();
            return new Run(exit, out, Files.readString(errLog), classes);
        }
    }

    /**
     * This JVM's module path with BouncyCastle's jar as the image and the installers ship it: without
     * its signature files. Maven's copy is signed, and the JVM checks a signed jar on the module path
     * at every start (javax.crypto and ~150 sun.security classes, before main).
     */
    private static synchronized String modulePathAsShipped() throws IOException {
        List<String> entries = new java.util.ArrayList<>();
        for (String entry : System.getProperty("jdk.module.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (jar.getFileName().toString().startsWith("bcprov-")) {
                Path unsigned = shared.resolve(jar.getFileName());
                if (!Files.exists(unsigned)) {
                    UnsignedJar.copy(jar, unsigned);
                }
                entries.add(unsigned.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void assertNoneLoaded(Run run, String what, String... prefixes) {
        List<String> loaded = run.classes().stream()
                .filter(name -> Stream.of(prefixes).anyMatch(name::startsWith)).toList();
        assertTrue(loaded.isEmpty(), what + " loaded " + loaded.size() + " classes it does not need, e.g. "
                + loaded.stream().limit(5).toList());
    }

    @Test
    void theVersionLoadsNoCryptoNoSqliteNoJavaFx() throws IOException {
        Run run = run("", environment -> { }, "--version");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Nestling "), run.out());
        assertTrue(run.classes().size() > 300, "the class log was written: " + run.classes().size());
        assertNoneLoaded(run, "--version", "org.bouncycastle.", "javax.crypto.", "org.sqlite.", "javafx.",
                "com.sun.javafx.", "picocli.");
    }

    @Test
    void aBatchEndToEndLogsItsLinesAndLoadsNoJavaFx() throws Exception {
        Path vault = dir.resolve("vault");
        try (VaultSession session = VaultSession.create(vault, PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            Journal.of(session.database(), Clock.systemUTC()).family()
                    .addBaby("Ada", Instant.parse("2026-09-01T06:00:00Z"), ZoneOffset.UTC, null, null);
            session.flush();
        }
        Run run = run(PASS + "\n" + """
                note --at 2026-11-20T08:15 --text first
                {"type":"note","at":"2026-11-20T09:15","text":"second"}
                """, environment -> environment.put("NESTLING_HOME", vault.toString()), "batch", "--passphrase-stdin");

        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].startsWith("line 1: Logged ") && lines[1].startsWith("line 2: Logged "), run.out());
        assertTrue(run.classes().stream().anyMatch(name -> name.startsWith("org.sqlite.")), "the positive control");
        assertNoneLoaded(run, "batch", "javafx.", "com.sun.javafx.", "com.sun.glass.");
        // picocli builds the model of the named command only: the candidate lists of other commands'
        // options, which picocli loads as it models those options, stay unloaded.
        assertTrue(run.classes().contains("nestling.cli.BatchCommand"), "the positive control");
        assertNoneLoaded(run, "batch", "nestling.cli.ImportFromCommand$FormatNames", "nestling.cli.SyncCommand$ConflictIds");
    }
}
