package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An I/O error at each step of a save (including a write that stops halfway, like a full disk):
 * the previous vault stays intact and openable, and the next save succeeds.
 */
class SaveFaultTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(AtomicFileWriter.Step.class)
    void anErrorAtEachStepLeavesTheLastGoodStateReadable(AtomicFileWriter.Step failingStep) throws Exception {
        byte[] before = new byte[3 << 20];
        new Random(1).nextBytes(before);
        byte[] after = before.clone();
        after[0] ^= 1;
        AtomicInteger armed = new AtomicInteger(0);
        AtomicInteger writeBlocks = new AtomicInteger();
        AtomicFileWriter.Faults faults = step -> {
            if (armed.get() == 1 && step == failingStep) {
                // a partial write: fail on the second block, after the first reached the temp file
                if (step == AtomicFileWriter.Step.WRITE_BLOCK && writeBlocks.incrementAndGet() < 2) {
                    return;
                }
                armed.set(0);
                throw new IOException("No space left on device (injected at " + step + ")");
            }
        };
        VaultOptions options = new VaultOptions(Clock.systemDefaultZone(), new SecureRandom(), TestKdf::cheap, faults);
        try (Vault vault = Vault.create(dir, PASS, before, options)) {
            armed.set(1);
            assertThrows(IOException.class, () -> vault.save(after));
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("vault-sealer")),
                    "the sealing thread is stopped before the failed save returns");
            boolean renamed = failingStep == AtomicFileWriter.Step.FORCE_DIRECTORY;
            assertEquals(renamed ? 2 : 1, Files.exists(Vault.vaultFile(dir)) ? readGeneration() : -1);
            assertFalse(Files.exists(AtomicFileWriter.tempFor(Vault.vaultFile(dir))), "no temp file left behind");
            assertEquals(renamed ? 2 : 1, vault.generation(), "only a save whose file is in place advances the generation");
        }
        Vault.Opened reopened = Vault.open(dir, PASS, options);
        try (Vault vault = reopened.vault()) {
            byte[] expected = failingStep == AtomicFileWriter.Step.FORCE_DIRECTORY ? after : before;
            assertArrayEquals(expected, reopened.image());
            vault.save(after);
        }
        Vault.Opened last = Vault.open(dir, PASS, options);
        last.vault().close();
        assertArrayEquals(after, last.image());
    }

    private int readGeneration() throws Exception {
        return (int) VaultCodec.inspect(Files.readAllBytes(Vault.vaultFile(dir))).generation();
    }
}
