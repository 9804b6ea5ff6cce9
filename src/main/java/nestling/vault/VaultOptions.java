package nestling.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The knobs of a vault that tests turn: the clock, the random source, the KDF settings for new
 * keys, the fault injector of the atomic writer and whether a folder counts as writable; and the
 * key derivation's working memory when one is kept ready ({@link KdfMemory}, null otherwise).
 * {@link #defaults()} is what the app uses.
 */
public record VaultOptions(Clock clock, SecureRandom random, Function<SecureRandom, KdfParameters> kdfFactory,
        AtomicFileWriter.Faults faults, Predicate<Path> folderWritable, KdfMemory kdfMemory) {

    public VaultOptions(Clock clock, SecureRandom random, Function<SecureRandom, KdfParameters> kdfFactory,
            AtomicFileWriter.Faults faults) {
        this(clock, random, kdfFactory, faults, Files::isWritable, null);
    }

    public static VaultOptions defaults() {
        return new VaultOptions(Clock.systemDefaultZone(), new SecureRandom(), KdfParameters::freshDefaults,
                AtomicFileWriter.Faults.NONE);
    }

    KdfParameters kdf(SecureRandom source) {
        return kdfFactory.apply(source);
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(newClock, random, kdfFactory, faults, folderWritable, kdfMemory);
    }

    /** Cheaper Argon2id settings (still within the caps) so tests that unlock many times stay fast. */
    public VaultOptions withFastKdfForTests() {
        return new VaultOptions(clock, random, r -> {
            byte[] salt = new byte[KdfParameters.SALT_BYTES];
            r.nextBytes(salt);
            return new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 1, 1, salt);
        }, faults, folderWritable, kdfMemory);
    }

    public VaultOptions withFaults(AtomicFileWriter.Faults newFaults) {
        return new VaultOptions(clock, random, kdfFactory, newFaults, folderWritable, kdfMemory);
    }

    /**
     * Whether a vault folder can be written, asked once when a vault opens: a folder that cannot is
     * opened read-only. The default asks the OS ({@code access(2)}), which answers true for root on
     * a plain folder but false on a read-only mount or an immutable folder; tests decide themselves.
     */
    public VaultOptions withFolderWritable(Predicate<Path> decision) {
        return new VaultOptions(clock, random, kdfFactory, faults, decision, kdfMemory);
    }

    /** The same options, deriving keys in {@code memory}'s blocks (a warmed-up unlock). */
    public VaultOptions withKdfMemory(KdfMemory memory) {
        return new VaultOptions(clock, random, kdfFactory, faults, folderWritable, memory);
    }
}
