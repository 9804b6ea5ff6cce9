package nestling.vault;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What an unlock and its first save do in this package, done once on throwaway values: a small
 * payload sealed under a throwaway key and opened again (the JDK's HKDF, HMAC, SHA-256, AES-GCM and
 * the random source of the next save loaded and set up), snapshot names written and read, and the
 * snapshots to keep chosen in the local time zone (its rules read). Tens of milliseconds at a
 * command's start, which a second thread does while the key derivation runs on the first
 * (issue 20). No passphrase, key, file or family data is involved.
 */
public final class VaultWarmup {
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
