package nestling.vault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an unlock and its first save do in this package, done once on throwaway values: a small
 * payload sealed under a throwaway key and opened again (the JDK's HKDF, HMAC, SHA-256, AES-GCM and
 * the random source of the next save loaded and set up), snapshot names written and read, and the
 * snapshots to keep chosen in the local time zone (its rules read). Tens of milliseconds at a
 * command's start, which a second thread does while the key derivation runs on the first
 * (issue 20). No passphrase, key, file or family data is involved.
 */
public final class VaultWarmup {
    private static final int WARM_CHUNK = 1024;
    private static final int WARM_CHUNKS = 1000;
    private static final int WARM_ROUNDS = 4;

    private VaultWarmup() {
    }

    public static void run() {
        sealAndOpen(64);
        Instant now = Instant.now();
        List<Snapshot> snapshots = new ArrayList<>();
        for (int generation = 1; generation <= 5; generation++) {
            Instant savedAt = now.minus(generation * 3L, ChronoUnit.DAYS);
            snapshots.add(Snapshot.parse(Path.of(Snapshot.fileName(generation, savedAt))).orElseThrow());
        }
        if (SnapshotPolicy.toKeep(snapshots, now, ZoneId.systemDefault()).isEmpty()) {
            throw new IllegalStateException("the newest snapshots are always kept");
        }
    }

    /**
     * AES-GCM as opening and saving a vault use it, compiled: {@value #WARM_ROUNDS} × {@value
     * #WARM_CHUNKS} chunks of {@value #WARM_CHUNK} bytes sealed and opened under a throwaway key.
     * The JIT compiles the cipher's own path (with the processor's AES instructions) only after some
     * thousands of calls; a megabyte in 64 KiB chunks, as before, never got there, and a 10k-entry
     * vault (1.7 MB) took 25 ms to open after the derivation. With this: 2 ms, for about 70 ms of
     * the warm-up's thread. In arrays of a megabyte: G1 treats larger ones as humongous, and one
     * such allocation started a concurrent marking that took a core from the unlock.
     */
    static void compileCipher() {
        SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
        byte[] associated = new byte[16];
        byte[] plain = new byte[WARM_CHUNK * WARM_CHUNKS];
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(plain.length + WARM_CHUNKS * 16);
        try {
            for (int round = 0; round < WARM_ROUNDS; round++) {
                sealed.reset();
                ChunkedCipher.seal(key, associated, WARM_CHUNK, plain, sealed::write);
                ChunkedCipher.open(key, associated, WARM_CHUNK, plain.length, sealed.toByteArray(), 0);
            }
        } catch (IOException | VaultException e) {
            throw new IllegalStateException("a payload just sealed in memory did not open", e);
        }
    }

    /** A throwaway payload of {@code bytes} sealed under a throwaway key and opened again. */
    static void sealAndOpen(int bytes) {
        KdfParameters unused = new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 1, 1, new byte[KdfParameters.SALT_BYTES]);
        try (MasterKey throwaway = new MasterKey(new byte[MasterKey.BYTES])) {
            byte[] file = VaultCodec.seal(new byte[bytes], throwaway, unused, 1, new SecureRandom());
            VaultCodec.open(file, VaultCodec.inspect(file), throwaway);
        } catch (VaultException e) {
            throw new IllegalStateException("a file just sealed did not open (" + e.problem() + ")", e);
        }
    }
}
