package nestling.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The package-private steps of opening and saving, for the benchmark harness to time them apart
 * from the KDF (test sources only; the app goes through {@link Vault}).
 */
public final class VaultBenchAccess {
    private VaultBenchAccess() {
    }

    public static MasterKey deriveKey(char[] passphrase, Path vaultFile) throws IOException, VaultException {
        return Argon2Kdf.derive(passphrase, VaultCodec.inspect(Files.readAllBytes(vaultFile)).kdf());
    }

    /** Read, unkeyed checks, HMAC and decryption: what {@link Vault#open} does after Argon2id. */
    public static byte[] readAndDecrypt(Path vaultFile, MasterKey key) throws IOException, VaultException {
        byte[] file = Files.readAllBytes(vaultFile);
        return VaultCodec.open(file, VaultCodec.inspect(file), key);
    }

    /** Sealing alone (HKDF, HMAC, SHA-256, AES-GCM chunks) into a new array, as a save does. */
    public static byte[] seal(byte[] image, MasterKey key, KdfParameters kdf) {
        return VaultCodec.seal(image, key, kdf, 1, new SecureRandom());
    }
}
