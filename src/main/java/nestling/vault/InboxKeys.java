package nestling.vault;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * The vault's inbox key pair (X25519, RFC 7748) in its raw 32-byte form, the form the format
 * documents; the JDK's key classes only at the edges. The private half lives inside the encrypted
 * database, the public half beside the vault ({@link InboxKeyFile}).
 */
public record InboxKeys(byte[] privateKey, byte[] publicKey) {
    public static final int KEY_LENGTH = 32;
    public static final int ID_LENGTH = 16;
    // The fixed DER prefixes of an X25519 key (RFC 8410): followed by the 32 raw bytes.
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00};
    private static final byte[] PKCS8_PREFIX = {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e,
        0x04, 0x22, 0x04, 0x20};

    public InboxKeys {
        if (privateKey.length != KEY_LENGTH || publicKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an X25519 key has 32 bytes");
        }
    }

    public static InboxKeys generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            return new InboxKeys(raw(pair.getPrivate().getEncoded(), PKCS8_PREFIX), raw(pair.getPublic().getEncoded(), X509_PREFIX));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no X25519", e);
        }
    }

    /** The key id: the first 16 bytes of SHA-256 over the raw public key. */
    public static byte[] idOf(byte[] publicKey) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(publicKey), ID_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    public byte[] id() {
        return idOf(publicKey);
    }

    /**
     * X25519(own private key, their public key): the 32-byte shared secret, refused if all zero.
     * BouncyCastle's RFC 7748 code, not the JDK's {@code XDH}: the same function, several times
     * faster, which a merge of a thousand records at unlock needs (the documented steps and the
     * tests open records with the JDK's, so the two stay interchangeable).
     */
    static byte[] agree(byte[] ownPrivate, byte[] theirPublic) throws java.security.InvalidKeyException {
        byte[] shared = new byte[KEY_LENGTH];
        if (!org.bouncycastle.math.ec.rfc7748.X25519.calculateAgreement(ownPrivate, 0, theirPublic, 0, shared, 0)) {
            throw new java.security.InvalidKeyException("a low-order public key");
        }
        return shared;
    }

    static PrivateKey privateKey(byte[] raw) throws GeneralSecurityException {
        return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, raw)));
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
    }


    private static byte[] raw(byte[] encoded, byte[] prefix) {
        if (encoded.length != prefix.length + KEY_LENGTH
                || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalStateException("unexpected X25519 key encoding");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Override
    public String toString() {
        return "InboxKeys[private hidden]";
    }
}
