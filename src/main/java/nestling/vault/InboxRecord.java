package nestling.vault;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;

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
            Cipher cipher = new InboxCipher().init(Cipher.ENCRYPT_MODE, shared, ephemeral.publicKey(), publicKey, header);
            Arrays.fill(shared, (byte) 0);
            Arrays.fill(ephemeral.privateKey(), (byte) 0);
            byte[] record = Arrays.copyOf(header, HEADER + plaintext.length + TAG);
            cipher.doFinal(plaintext, 0, plaintext.length, record, HEADER);
            return record;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing an inbox record failed", e);
        }
    }

    /**
     * Opens complete records (header and ciphertext) with the vault's keys; one opener per thread,
     * reused for all its records.
     */
    static final class Opener {
        private final InboxKeys keys;
        private final byte[] keyId;
        private final InboxCipher cipher = new InboxCipher();

        Opener(InboxKeys keys) {
            this.keys = keys;
            this.keyId = keys.id();
        }

        byte[] open(byte[] record) throws RefusedException {
            if (!MessageDigest.isEqual(Arrays.copyOfRange(record, MAGIC.length + 1, MAGIC.length + 1 + InboxKeys.ID_LENGTH),
                    keyId)) {
                throw new RefusedException(Refusal.FOREIGN_KEY);
            }
            int at = MAGIC.length + 1 + InboxKeys.ID_LENGTH;
            byte[] ephemeral = Arrays.copyOfRange(record, at, at + InboxKeys.KEY_LENGTH);
            byte[] shared = null;
            try {
                shared = InboxKeys.agree(keys.privateKey(), ephemeral);
                return cipher.init(Cipher.DECRYPT_MODE, shared, ephemeral, keys.publicKey(), Arrays.copyOf(record, HEADER))
                        .doFinal(record, HEADER, record.length - HEADER);
            } catch (AEADBadTagException | java.security.InvalidKeyException e) {
                throw new RefusedException(Refusal.DAMAGED); // a forged ephemeral key may be refused by X25519 itself
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("opening an inbox record failed", e);
            } finally {
                if (shared != null) {
                    Arrays.fill(shared, (byte) 0);
                }
            }
        }
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
