package nestling.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key and cipher of one inbox record (docs/vault-format.md section 10): HKDF-SHA256 over the
 * shared secret, salted with both public keys, then AES-256-GCM with the header as associated data.
 * One instance keeps its HMAC and cipher for many records, because looking them up again for each
 * of a thousand records at unlock was a good part of the merge's time; not for several threads.
 */
final class InboxCipher {
    private static final byte[] INFO_AND_COUNTER = concat("nestling/v1/inbox-record".getBytes(StandardCharsets.US_ASCII),
            new byte[] {1});
    private static final byte[] ZERO_NONCE = new byte[12];

    private final Mac hmac;
    private final Cipher gcm;

    InboxCipher() {
        try {
            hmac = Mac.getInstance("HmacSHA256");
            gcm = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no HMAC-SHA256 or AES-GCM", e);
        }
    }

    /** The cipher ready for this record's ciphertext; {@code shared} is not kept. */
    Cipher init(int mode, byte[] shared, byte[] ephemeralPublic, byte[] recipientPublic, byte[] header)
            throws GeneralSecurityException {
        // HKDF (RFC 5869) with one block of output: PRK = HMAC(salt, IKM), key = HMAC(PRK, info || 0x01)
        hmac.init(new SecretKeySpec(concat(ephemeralPublic, recipientPublic), "HmacSHA256"));
        byte[] prk = hmac.doFinal(shared);
        hmac.init(new SecretKeySpec(prk, "HmacSHA256"));
        byte[] key = hmac.doFinal(INFO_AND_COUNTER);
        Arrays.fill(prk, (byte) 0);
        // A zero nonce is safe: the key is fresh for every record (a new ephemeral key each time).
        gcm.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(InboxRecord.TAG * 8, ZERO_NONCE));
        Arrays.fill(key, (byte) 0);
        gcm.updateAAD(header);
        return gcm;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
