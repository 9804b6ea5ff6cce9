package nestling.vault;

/**
 * A key derivation's code and memory made ready while a parent types the passphrase on the lock
 * screen (issue 20: unlock to Today within KDF + 150 ms). One throwaway Argon2id pass over the
 * memory new vaults use (64 MiB), on a daemon thread: the JIT compiles the derivation's inner loops, and the heap
 * (started small for the window's memory) grows to hold its blocks, so the real derivation after
 * Return neither runs in the interpreter nor stops ten times to collect and grow. About 150 ms of
 * one core, while the fingers are still on the keys. A throwaway passphrase and a zero salt: nothing
 * of the family's; the result is dropped.
 */
public final class KdfWarmup {
    private static final byte[] NOTHING = new byte[KdfParameters.SALT_BYTES];
    private static final java.security.SecureRandom UNUSED = new java.security.SecureRandom();

    private KdfWarmup() {
    }

    /** Starts the warm-up on a daemon thread and returns it at once. */
    public static Thread start(VaultOptions options) {
        return Thread.ofPlatform().daemon().name("nestling-kdf-warmup").start(() -> run(options));
    }

    /** The warm-up, here and now: one pass over the memory {@code options} gives a new vault. */
    static void run(VaultOptions options) {
        KdfParameters usual = options.kdf(UNUSED);
        Argon2Kdf.rawUnchecked(NOTHING, NOTHING, usual.memoryKiB(), 1, usual.lanes(), null, null, MasterKey.BYTES);
    }
}
