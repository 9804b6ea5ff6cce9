package nestling.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Argon2id's working memory kept between two derivations: the lock screen's warm-up (KdfWarmup)
 * fills it while the parent types, and the unlock after Return takes the same blocks instead of
 * allocating 64 MiB anew. Allocating them while the window's heap is small made G1 collect and mark
 * in the middle of the unlock, copying every block it had allocated so far (about 100 ms, issue 20).
 * Each derivation clears the blocks it used before it gives them back (BouncyCastle does, in its
 * reset), so what one leaves is zeros. Safe for two derivations at once: one that finds the blocks
 * taken allocates its own. Dropped with the unlock screen; it holds its blocks until then.
 */
public final class KdfMemory {
    private final Argon2BytesGenerator.FixedBlockPool blocks;

    private KdfMemory(int memoryKiB) {
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(memoryKiB); // one block per KiB
    }

    /** Room for the blocks of a derivation over {@code memoryKiB}. */
    public static KdfMemory of(int memoryKiB) {
        return new KdfMemory(memoryKiB);
    }

    Argon2BytesGenerator.BlockPool blocks() {
        return blocks;
    }
}
