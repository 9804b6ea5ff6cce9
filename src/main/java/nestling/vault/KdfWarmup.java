package nestling.vault;

import java.security.SecureRandom;

/**
 * A key derivation's code and memory made ready while a parent types the passphrase on the lock
 * screen (issue 20: unlock to Today within KDF + 150 ms). On a daemon thread: one throwaway
 * Argon2id pass over the memory new vaults use (64 MiB), then what it is given to do next (the
 * file's ciphers, {@link VaultWarmup}). The JIT compiles the derivation's inner loops, and the blocks stay allocated in a
 * {@link KdfMemory}, so the real derivation after Return neither runs in the interpreter nor
 * allocates 64 MiB anew. About 150 ms of one core, while the fingers are still on the keys. A
 * throwaway passphrase and a zero salt: nothing of the family's; the result is dropped.
 */
public final class KdfWarmup {
    private static final byte[] NOTHING = new byte[KdfParameters.SALT_BYTES];

    private KdfWarmup() {
    }

    /**
     * Starts the warm-up on a daemon thread and returns at once with the memory it fills: an unlock
     * given it ({@link VaultOptions#withKdfMemory}) derives in the same blocks.
     */
    public static KdfMemory start(VaultOptions options) {
        return start(options, () -> { });
    }

    /**
     * As {@link #start(VaultOptions)}, then {@code then} on the same thread (what follows a
     * derivation). Nothing but the thread's start happens on the caller's thread (the FX thread):
     * the settings, with their random salt, are made on the warm-up's.
     */
    public static KdfMemory start(VaultOptions options, Runnable then) {
        KdfMemory memory = KdfMemory.of(KdfParameters.DEFAULT_MEMORY_KIB);
        thread(options, memory, then);
        return memory;
    }

    /** The warm-up on its daemon thread, returned (for the tests: to wait for it). */
    static Thread thread(VaultOptions options, KdfMemory memory, Runnable then) {
        return Thread.ofPlatform().daemon().name("nestling-kdf-warmup").start(() -> {
            run(options.kdf(new SecureRandom()), memory); // its salt is never used
            then.run();
        });
    }

    /**
     * The warm-up, here and now: one pass over {@code usual}'s memory (what a new vault gets), in
     * {@code memory}'s blocks. The file's ciphers are the next step's ({@link VaultWarmup#run}, by
     * way of the store's unlock warm-up).
     */
    static void run(KdfParameters usual, KdfMemory memory) {
        Argon2Kdf.rawUnchecked(NOTHING, NOTHING, usual.memoryKiB(), 1, usual.lanes(), null, null, MasterKey.BYTES, memory);
        VaultWarmup.compileCipher();
    }
}
