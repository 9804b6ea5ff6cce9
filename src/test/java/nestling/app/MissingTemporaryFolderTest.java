package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nestling.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite driver unpacks its native library into the temporary folder before the first
 * database opens. With that folder missing, a command said "unexpected error (StoreException) …
 * please report this"; it must name the problem and the setting that moves the folder. A child JVM,
 * because the driver loads once per JVM, and through JAVA_TOOL_OPTIONS, the route the README gives.
 */
class MissingTemporaryFolderTest {
    @TempDir
    Path dir;

    @Test
    void aMissingTemporaryFolderIsNamedWithTheSettingThatMovesIt() throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        Process child = ChildJvm.start(Main.class, stderr,
                environment -> environment.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + dir.resolve("no-such-folder")),
                "--vault", dir.resolve("vault").toString(), "init", "--passphrase-stdin");
        try (OutputStream in = child.getOutputStream()) {
            in.write("correct horse battery\n".getBytes(StandardCharsets.UTF_8));
        }
        child.getInputStream().readAllBytes();
        int exit = ChildJvm.waitQuietly(child);
        String said = Files.readString(stderr);

        assertEquals(1, exit, said);
        assertTrue(said.contains("temporary folder"), said);
        assertTrue(said.contains("org.sqlite.tmpdir") && said.contains("JAVA_TOOL_OPTIONS"), said);
        assertFalse(said.contains("please report this"), said);
        assertFalse(said.contains("\tat "), "a stack trace on the terminal: " + said);
        assertFalse(Files.exists(dir.resolve("vault").resolve("nestling.vault")), "no vault without a database");
    }
}
