package nestling.vault;

/**
 * A key derivation's code and memory made ready while a parent types the passphrase on the lock
 * screen (issue 20: unlock to Today within KDF + 150 ms). One throwaway Argon2id pass over the
 * memory new vaults use (64 MiB) and a throwaway file sealed and opened, on a daemon thread: the JIT compiles the derivation's inner loops, and the heap
 * (started small for the window's memory) grows to hold its blocks, so the real derivation after
 * Return neither runs in the interpreter nor stops ten times to collect and grow. About 150 ms of
 * one core, while the fingers are still on the keys. A throwaway passphrase and a zero salt: nothing
 * of the family's; the result is dropped.
 */
public final class KdfWarmup {
    private static final byte[] NOTHING = new byte[KdfParameters.SALT_BYTES];
    private static final java.security.SecureRandom UNUSED = new java.security.SecureRandom();
    private static final int CIPHER_BYTES = 1 << 20;

    private KdfWarmup() {
    }

    /** Starts the warm-up on a daemon thread and returns it at once. */
    public static Thread start(VaultOptions options) {
        return Thread.ofPlatform().daemon().name("nestling-kdf-warmup").start(() -> run(options));
    }

    /**
     * The warm-up, here and now: one pass over the memory {@code options} gives a new vault, then a
     * megabyte sealed and opened under a throwaway key, so the vault file's AES-GCM after the
     * derivation runs compiled too (30 ms of a 10k-entry vault's opening otherwise).
     */
    static void run(VaultOptions options) {
        KdfParameters usual = options.kdf(UNUSED);
        Argon2Kdf.rawUnchecked(NOTHING, NOTHING, usual.memoryKiB(), 1, usual.lanes(), null, null, MasterKey.BYTES);
        try (MasterKey throwaway = new MasterKey(new byte[MasterKey.BYTES])) {
            byte[] file = VaultCodec.seal(new byte[CIPHER_BYTES], throwaway, usual, 1, UNUSED);
            VaultCodec.open(file, VaultCodec.inspect(file), throwaway);
        } catch (VaultException e) {
            throw new IllegalStateException("a file just sealed did not open (" + e.problem() + ")", e);
        }
    }
}
