package nestling.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;

/**
 * The knobs of a vault that tests turn: the clock, the random source, the KDF settings for new
 * keys, and the fault injector of the atomic writer. {@link #defaults()} is what the app uses.
 */
public record VaultOptions(Clock clock, SecureRandom random, Function<SecureRandom, KdfParameters> kdfFactory,
        AtomicFileWriter.Faults faults) {

    public static VaultOptions defaults() {
        return new VaultOptions(Clock.systemDefaultZone(), new SecureRandom(), KdfParameters::freshDefaults,
                AtomicFileWriter.Faults.NONE);
    }

    KdfParameters kdf(SecureRandom source) {
        return kdfFactory.apply(source);
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(newClock, random, kdfFactory, faults);
    }

    /** Cheaper Argon2id settings (still within the caps) so tests that unlock many times stay fast. */
    public VaultOptions withFastKdfForTests() {
        return new VaultOptions(clock, random, r -> {
            byte[] salt = new byte[KdfParameters.SALT_BYTES];
            r.nextBytes(salt);
            return new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 1, 1, salt);
        }, faults);
    }

    public VaultOptions withFaults(AtomicFileWriter.Faults newFaults) {
        return new VaultOptions(clock, random, kdfFactory, newFaults);
    }
}
