package nestling.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * The two keys of one saved file, from the master key and that file's random seed with
 * HKDF-SHA256: one encrypts the body, one authenticates the header. A fresh seed per save means no
 * key ever seals two files.
 */
record FileKeys(SecretKey encryption, SecretKey check) {
    private static final byte[] INFO_ENCRYPTION = "nestling/v1/body-encryption".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO_CHECK = "nestling/v1/header-check".getBytes(StandardCharsets.US_ASCII);

    static FileKeys derive(MasterKey master, byte[] fileSeed) {
        try {
            // Named provider: without it KDF's delayed provider selection instantiates every installed
            // provider, BouncyCastle's included (about 650 classes, a third of a second per unlock),
            // only to pick the JDK's own HKDF anyway.
            KDF hkdf = KDF.getInstance("HKDF-SHA256", "SunJCE");
            SecretKey encryption = hkdf.deriveKey("AES", HKDFParameterSpec.ofExtract()
                    .addIKM(master.bytes()).addSalt(fileSeed).thenExpand(INFO_ENCRYPTION, 32));
            SecretKey check = hkdf.deriveKey("HmacSHA256", HKDFParameterSpec.ofExtract()
                    .addIKM(master.bytes()).addSalt(fileSeed).thenExpand(INFO_CHECK, 32));
            return new FileKeys(encryption, check);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 is part of every Java 25 runtime", e);
        }
    }
}
