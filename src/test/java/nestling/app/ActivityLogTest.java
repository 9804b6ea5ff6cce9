package nestling.app;

import static nestling.testsupport.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import nestling.store.SaveStatus;
import nestling.testsupport.PlaintextScanner;
import nestling.store.VaultSession;
import nestling.vault.AtomicFileWriter;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLogTest {
    private static final String MARKER = "Ada-MARKER-7f3c9e";

    @TempDir
    Path vault;

    @Test
    void theLogRecordsOperationsAndFailuresButNeverTheFamilysData() throws Exception {
        ActivityLog log = ActivityLog.takeOver();
        log.writeTo(vault);
        AtomicBoolean failing = new AtomicBoolean(false);
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests().withFaults(step -> {
            if (failing.get() && step == AtomicFileWriter.Step.WRITE_BLOCK) {
                // a library message quoting data, the way a parser quotes its input
                throw new IOException("No space left on device while writing '" + MARKER + "'");
            }
        });
        try (VaultSession session = VaultSession.create(vault, "correct horse battery".toCharArray(), options)) {
            write(session, "note", MARKER);
            session.flush();
            failing.set(true);
            write(session, "note2", MARKER + " again");
            waitFor(() -> session.saver().status() instanceof SaveStatus.NotSaved);
            failing.set(false);
            session.flush();
        } finally {
            log.close();
        }

        String text = readLogs();
        assertTrue(text.contains("created a vault"), text);
        assertTrue(text.contains("saved generation"), text);
        assertTrue(text.contains("save failed") && text.contains("java.io.IOException"), text);
        assertNoMarker();
    }

    @Test
    void theFormatterDropsExceptionMessagesThatAPlainFormatterWouldWrite() {
        LogRecord record = new LogRecord(Level.WARNING, "import failed");
        record.setLoggerName("nestling.backup");
        record.setThrown(new IllegalStateException("unexpected token near '" + MARKER + "'"));
        assertTrue(new SimpleFormatter().format(record).contains(MARKER), "positive control: the JDK's formatter leaks it");
        String safe = new SafeLogFormatter().format(record);
        assertFalse(safe.contains(MARKER), safe);
        assertTrue(safe.contains("import failed") && safe.contains("java.lang.IllegalStateException"), safe);
    }

    private static void write(VaultSession session, String key, String value) {
        session.database().write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                return insert.executeUpdate();
            }
        });
    }

    private String readLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : logFiles()) {
            all.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertFalse(all.isEmpty(), "no log written");
        return all.toString();
    }

    private void assertNoMarker() throws IOException {
        assertEquals(List.of(), PlaintextScanner.scan(logFiles(), MARKER), "the log holds the family's data");
    }

    private List<Path> logFiles() throws IOException {
        try (Stream<Path> files = Files.list(vault.resolve(ActivityLog.DIRECTORY))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).toList();
        }
    }

    /**
     * A log that cannot be written (here {@code nestling.0.log} is a folder, which stops root too, as a
     * read-only or full disk would) costs the log, never the command's output: the JDK's default
     * error manager printed a stack trace on stderr for every record, so every command showed one.
     */
    @Test
    void aLogThatCannotBeWrittenPrintsNothingOnTheTerminal() throws Exception {
        Files.createDirectories(vault.resolve(ActivityLog.DIRECTORY).resolve("nestling.0.log"));
        ActivityLog log = ActivityLog.takeOver();
        java.io.PrintStream terminal = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            log.writeTo(vault);
            System.getLogger("nestling.store.VaultSession").log(System.Logger.Level.INFO, "unlocked generation 3");
            System.getLogger("nestling.store.AutoSaver").log(System.Logger.Level.WARNING, "save failed",
                    new IOException("No space left on device"));
        } finally {
            System.setErr(terminal);
            log.close();
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("ErrorManager") || printed.contains("Exception") || printed.contains("\tat "),
                printed);
    }

    @Test
    void theLogRotatesIntoAFixedNumberOfSmallFilesAndHoldsNothingOpen() throws Exception {
        RotatingLogFile handler = new RotatingLogFile(vault, 200, 3);
        handler.setFormatter(new SafeLogFormatter());
        for (int i = 0; i < 40; i++) {
            handler.publish(new LogRecord(Level.INFO, "saved generation " + i));
        }
        try (Stream<Path> files = Files.list(vault)) {
            assertEquals(List.of("nestling.0.log", "nestling.1.log", "nestling.2.log"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "three files, no lock files");
        }
        assertTrue(Files.readString(RotatingLogFile.file(vault, 0)).contains("saved generation 39"));
        assertFalse(Files.readString(RotatingLogFile.file(vault, 2)).contains("saved generation 0\n"), "oldest dropped");
        Files.delete(RotatingLogFile.file(vault, 0));
        handler.publish(new LogRecord(Level.INFO, "after an erase"));
        assertTrue(Files.readString(RotatingLogFile.file(vault, 0)).contains("after an erase"));
    }
}
