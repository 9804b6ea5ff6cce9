package nestling.vault;

import java.security.SecureRandom;

/** Cheap Argon2id settings (within the caps) so tests that unlock many times stay fast. */
final class TestKdf {
    private TestKdf() {
    }

    static KdfParameters cheap(SecureRandom random) {
        byte[] salt = new byte[KdfParameters.SALT_BYTES];
        random.nextBytes(salt);
        return new KdfParameters(KdfParameters.MIN_MEMORY_KIB, 1, 1, salt);
    }

    static MasterKey key(String passphrase, KdfParameters kdf) {
        return Argon2Kdf.derive(passphrase.toCharArray(), kdf);
    }
}
