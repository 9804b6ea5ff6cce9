package nestling.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * One inbox record, sealed ECIES-style to the vault's public key: a fresh X25519 key per record,
 * HKDF-SHA256 over the shared secret and both public keys, AES-256-GCM with the record header as
 * associated data (docs/vault-format.md section 10). Whoever has the public key can seal; only the
 * private key opens.
 */
public final class InboxRecord {
    static final byte[] MAGIC = {(byte) 0x89, 'N', 'I', 'N', 'B', 'O', 'X', '\n'};
    static final int VERSION = 1;
    static final int TAG = 16;
    /** magic, version, key id, ephemeral key, previous tag, length. */
    static final int HEADER = MAGIC.length + 1 + InboxKeys.ID_LENGTH + InboxKeys.KEY_LENGTH + TAG + 4;
    static final int MAX_PLAINTEXT = 65536;
    private static final byte[] INFO = "nestling/v1/inbox-record".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZERO_NONCE = new byte[12];

    /** Why a record was refused: each is reported by name, and the rest of the inbox is still read. */
    public enum Refusal {
        /** The header or ciphertext was changed, or the record was sealed without this key: the tag fails. */
        DAMAGED,
        /** Sealed to another public key (key id differs): only that key's owner could open it. */
        FOREIGN_KEY,
        /** Not where it was appended: the previous-tag link does not match the record before it. */
        OUT_OF_ORDER,
        /** Bytes that are no record (no magic, impossible length): skipped up to the next record. */
        UNREADABLE,
        /** A record version this Nestling does not know. */
        NEWER_VERSION
    }

    private InboxRecord() {
    }

    /** Seals {@code plaintext} to {@code publicKey}, chained after the record whose tag is {@code previousTag}. */
    public static byte[] seal(byte[] publicKey, byte[] previousTag, byte[] plaintext) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("an inbox record holds at most 64 KiB");
        }
        try {
            InboxKeys ephemeral = InboxKeys.generate();
            byte[] header = ByteBuffer.allocate(HEADER).put(MAGIC).put((byte) VERSION).put(InboxKeys.idOf(publicKey))
                    .put(ephemeral.publicKey()).put(previousTag).putInt(plaintext.length + TAG).array();
            byte[] shared = InboxKeys.agree(ephemeral.privateKey(), publicKey);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, shared, ephemeral.publicKey(), publicKey, header);
            Arrays.fill(shared, (byte) 0);
            Arrays.fill(ephemeral.privateKey(), (byte) 0);
            byte[] record = Arrays.copyOf(header, HEADER + plaintext.length + TAG);
            cipher.doFinal(plaintext, 0, plaintext.length, record, HEADER);
            return record;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing an inbox record failed", e);
        }
    }

    /** Opens a complete record (header and ciphertext) with the vault's keys. */
    static byte[] open(InboxKeys keys, byte[] record) throws RefusedException {
        ByteBuffer in = ByteBuffer.wrap(record);
        in.position(MAGIC.length + 1);
        byte[] id = new byte[InboxKeys.ID_LENGTH];
        in.get(id);
        if (!MessageDigest.isEqual(id, keys.id())) {
            throw new RefusedException(Refusal.FOREIGN_KEY);
        }
        byte[] ephemeral = new byte[InboxKeys.KEY_LENGTH];
        in.get(ephemeral);
        byte[] shared = null;
        try {
            shared = InboxKeys.agree(keys.privateKey(), ephemeral);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, shared, ephemeral, keys.publicKey(),
                    Arrays.copyOf(record, HEADER));
            return cipher.doFinal(record, HEADER, record.length - HEADER);
        } catch (AEADBadTagException | java.security.InvalidKeyException e) {
            throw new RefusedException(Refusal.DAMAGED); // a forged ephemeral key may be refused by XDH itself
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening an inbox record failed", e);
        } finally {
            if (shared != null) {
                Arrays.fill(shared, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, byte[] shared, byte[] ephemeralPublic, byte[] recipientPublic, byte[] header)
            throws GeneralSecurityException {
        byte[] salt = Arrays.copyOf(ephemeralPublic, 2 * InboxKeys.KEY_LENGTH);
        System.arraycopy(recipientPublic, 0, salt, InboxKeys.KEY_LENGTH, InboxKeys.KEY_LENGTH);
        SecretKey key = KDF.getInstance("HKDF-SHA256").deriveKey("AES", HKDFParameterSpec.ofExtract()
                .addIKM(shared).addSalt(salt).thenExpand(INFO, 32));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // A zero nonce is safe: the key is fresh for every record (a new ephemeral key each time).
        cipher.init(mode, key, new GCMParameterSpec(TAG * 8, ZERO_NONCE));
        cipher.updateAAD(header);
        return cipher;
    }

    /** A record refused, with the reason. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }
}
