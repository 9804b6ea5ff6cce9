package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The lock screen's warm-up (issue 20): a real Argon2id pass with the memory new vaults get, on a
 * daemon thread that never holds up the exit, into a {@link KdfMemory} whose blocks the unlock then
 * derives in. The key must not depend on whose blocks it was derived in.
 */
class KdfWarmupTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();

    @Test
    void warmsUpOnADaemonThreadWithTheMemoryNewVaultsGet() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        KdfParameters small = new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 2, 1, new byte[KdfParameters.SALT_BYTES]);
        VaultOptions options = new VaultOptions(Clock.systemUTC(), new SecureRandom(), random -> {
            asked.incrementAndGet();
            return small;
        }, AtomicFileWriter.Faults.NONE);
        AtomicInteger then = new AtomicInteger();
        Thread warmUp = KdfWarmup.thread(options, KdfMemory.of(small.memoryKiB()), then::incrementAndGet);
        assertTrue(warmUp.isDaemon(), "never holds up the exit");
        warmUp.join(10_000);
        assertFalse(warmUp.isAlive());
        assertEquals(1, asked.get(), "the settings of a new vault, asked once, on the warm-up's thread");
        assertEquals(1, then.get(), "what follows a derivation is warmed up after it, on the same thread");
        assertTrue(KdfWarmup.start(options) != null, "starting returns the memory at once");
    }

    @Test
    void aKeyDerivedInWarmedBlocksIsTheKeyDerivedInFreshOnes() {
        KdfParameters parameters = new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 2, 1, salt());
        KdfMemory memory = KdfMemory.of(KdfParameters.MIN_MEMORY_KIB);
        KdfWarmup.run(parameters, memory); // leaves its (cleared) blocks in the memory
        try (MasterKey fresh = Argon2Kdf.derive(PASS, parameters);
                MasterKey warmed = Argon2Kdf.derive(PASS, parameters, memory);
                MasterKey again = Argon2Kdf.derive(PASS, parameters, memory);
                MasterKey other = Argon2Kdf.derive("another passphrase".toCharArray(), parameters, memory)) {
            assertArrayEquals(fresh.bytes(), warmed.bytes());
            assertArrayEquals(fresh.bytes(), again.bytes(), "blocks used once derive the same key again");
            assertFalse(java.util.Arrays.equals(fresh.bytes(), other.bytes()));
        }
    }

    private static byte[] salt() {
        byte[] salt = new byte[KdfParameters.SALT_BYTES];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (i * 7 + 1);
        }
        return salt;
    }
}
