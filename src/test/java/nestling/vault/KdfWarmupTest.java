package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The lock screen's warm-up runs a real Argon2id pass with the memory new vaults get (here the
 * options' small test setting, which it asks for once) and leaves nothing behind; started in the
 * background it returns at once on a daemon thread, which never holds up the exit.
 */
class KdfWarmupTest {
    @Test
    void derivesOnceWithTheMemoryNewVaultsUseOnADaemonThread() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        VaultOptions options = new VaultOptions(Clock.systemUTC(), new SecureRandom(), random -> {
            asked.incrementAndGet();
            return new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 2, 1, new byte[KdfParameters.SALT_BYTES]);
        }, AtomicFileWriter.Faults.NONE);
        KdfWarmup.run(options);
        assertEquals(1, asked.get());

        Thread warmUp = KdfWarmup.start(options);
        assertTrue(warmUp.isDaemon(), "never holds up the exit");
        warmUp.join(10_000);
        assertFalse(warmUp.isAlive());
        assertEquals(2, asked.get(), "the started one ran too");
    }
}
