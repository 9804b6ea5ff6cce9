package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nestling.store.Database;
import nestling.testsupport.ChildJvm;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is read as a stream, never held whole: a file padded with whitespace (valid JSON, within
 * the format's cap) stages in a JVM whose heap is half the file's size, plain and sealed. Reading it
 * into one array (and a sealed one's payload into a second) ran out of memory there. The figures at
 * family scale (200k entries, RSS of the real launcher) are the memory benchmark's
 * ({@code ./mvnw -Pbench verify -Dbench=memory}).
 */
class BackupMemoryTest {
    private static final int PADDED_MIB = 96;
    private static final String SMALL_HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @Test
    void aPaddedBackupStagesInAHeapHalfItsSizePlainAndSealed() throws Exception {
        Database family = Database.createEmpty();
        Family.fill(family, 5, 40);
        byte[] padded = padded(Family.plainJson(family), PADDED_MIB << 20);
        family.close();
        Path plain = Files.write(dir.resolve("padded.json"), padded);
        Path sealed;
        try (SealedFile.Key key = SealedFile.newKey(PASS, options())) {
            sealed = Files.write(dir.resolve("padded.nestling"), SealedFile.seal(padded, key, new SecureRandom()));
        }
        assertEquals("STAGED 40", stagedInSmallHeap(plain.toString()));
        assertEquals("STAGED 40", stagedInSmallHeap(sealed.toString(), new String(PASS)));
    }

    private String stagedInSmallHeap(String... args) throws Exception {
        Path log = dir.resolve("child.log");
        Process child = ChildJvm.start(StageInSmallHeapChild.class, log, environment -> { }, List.of(SMALL_HEAP), args);
        String line = ChildJvm.stdout(child).readLine();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ended");
        assertEquals(0, child.exitValue(), () -> args[0] + " did not stage in " + SMALL_HEAP + ": " + readQuietly(log));
        return line;
    }

    /** {@code json} with whitespace (and a newline every 4 KiB) after its opening brace, to {@code total} bytes. */
    private static byte[] padded(byte[] json, int total) {
        byte[] out = new byte[total];
        Arrays.fill(out, (byte) ' ');
        for (int i = 4095; i < total; i += 4096) {
            out[i] = '\n';
        }
        out[0] = '{';
        System.arraycopy(json, 1, out, total - (json.length - 1), json.length - 1);
        return out;
    }

    private static String readQuietly(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(0, 2000) : text;
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }
}
