package nestling.vault;

import java.security.SecureRandom;

/**
 * Seals a small throwaway payload under a throwaway key and opens it again: the JDK's crypto
 * providers an unlock uses right after its key derivation (HKDF, HMAC, SHA-256, AES-GCM, the random
 * source of the next save) loaded and set up. About 15 ms at a command's start, which a second
 * thread does while the key derivation runs on the first (issue 20). No passphrase, key or family
 * data is involved.
 */
public final class CipherWarmup {
    private CipherWarmup() {
    }

    public static void run() {
        KdfParameters unused = new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 1, 1, new byte[KdfParameters.SALT_BYTES]);
        try (MasterKey throwaway = new MasterKey(new byte[MasterKey.BYTES])) {
            byte[] file = VaultCodec.seal(new byte[64], throwaway, unused, 1, new SecureRandom());
            VaultCodec.open(file, VaultCodec.inspect(file), throwaway);
        } catch (VaultException e) {
            throw new IllegalStateException("a file just sealed did not open (" + e.problem() + ")", e);
        }
    }
}
