package nestling.vault;

import java.util.Arrays;

/**
 * The 32-byte key Argon2id derives from the passphrase, held only while the vault is unlocked.
 * {@link #close()} overwrites it; every use after that fails loudly.
 */
public final class MasterKey implements AutoCloseable {
    static final int BYTES = 32;
    private final byte[] key;
    private boolean destroyed;

    MasterKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("master key must be 32 bytes");
        }
        this.key = key;
    }

    /** The raw key; callers must not keep or copy it. */
    synchronized byte[] bytes() {
        if (destroyed) {
            throw new IllegalStateException("the vault is locked");
        }
        return key;
    }

    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public synchronized void close() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }
}
