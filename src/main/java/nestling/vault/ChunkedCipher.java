package nestling.vault;

import java.io.IOException;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over fixed-size chunks (the JDK's cipher: it uses AES-NI). Each chunk's nonce is its
 * 11-byte big-endian index followed by a last-chunk flag, and the header fields are associated data,
 * so dropping, reordering, splicing or truncating chunks all fail authentication. Chunking also
 * keeps GCM fast: one doFinal over tens of megabytes is many times slower than many small ones.
 */
final class ChunkedCipher {
    static final int TAG_BYTES = 16;
    static final int NONCE_BYTES = 12;

    private ChunkedCipher() {
    }

    /** Roughly how many ciphertext bytes {@link #seal(SecretKey, byte[], int, byte[], ByteSink)} hands over at a time. */
    static final int BATCH_BYTES = 1 << 20;

    /**
     * Seals {@code plain} chunk by chunk into a reused buffer of about {@value #BATCH_BYTES} bytes
     * and hands each full buffer to {@code sink}: a save streams straight into the temp file
     * instead of building a second full-size copy of the database (tens of MB at 200k entries).
     */
    static void seal(SecretKey key, byte[] associatedData, int chunkSize, byte[] plain, ByteSink sink)
            throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            long chunks = Math.max(1, ((long) plain.length + chunkSize - 1) / chunkSize);
            int sealedChunk = chunkSize + TAG_BYTES;
            int perBatch = (int) Math.min(chunks, Math.max(1, BATCH_BYTES / sealedChunk));
            byte[] buffer = new byte[perBatch * sealedChunk];
            int filled = 0;
            int in = 0;
            for (long i = 0; i < chunks; i++) {
                int length = Math.min(chunkSize, plain.length - in);
                boolean last = i == chunks - 1;
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(i, last)));
                cipher.updateAAD(associatedData);
                filled += cipher.doFinal(plain, in, length, buffer, filled);
                in += length;
                if (last || filled + sealedChunk > buffer.length) {
                    sink.write(buffer, 0, filled);
                    filled = 0;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * Opens the body at {@code offset} of {@code file} into a new array of {@code payloadLength}.
     *
     * @throws VaultException {@link VaultProblem#BODY_DAMAGED} when any chunk fails to authenticate
     */
    static byte[] open(SecretKey key, byte[] associatedData, int chunkSize, long payloadLength,
            byte[] file, int offset) throws VaultException {
        if (payloadLength > Integer.MAX_VALUE - 64) {
            throw new VaultException(VaultProblem.BODY_DAMAGED);
        }
        byte[] plain = new byte[(int) payloadLength];
        long chunks = Math.max(1, (payloadLength + chunkSize - 1) / chunkSize);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            int in = offset;
            int at = 0;
            for (long i = 0; i < chunks; i++) {
                int length = (int) Math.min(chunkSize, payloadLength - at);
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(i, i == chunks - 1)));
                cipher.updateAAD(associatedData);
                at += cipher.doFinal(file, in, length + TAG_BYTES, plain, at);
                in += length + TAG_BYTES;
            }
            return plain;
        } catch (AEADBadTagException e) {
            java.util.Arrays.fill(plain, (byte) 0);
            throw new VaultException(VaultProblem.BODY_DAMAGED);
        } catch (GeneralSecurityException e) {
            java.util.Arrays.fill(plain, (byte) 0);
            throw new VaultException(VaultProblem.BODY_DAMAGED, e);
        }
    }

    static byte[] nonce(long index, boolean last) {
        byte[] nonce = new byte[NONCE_BYTES];
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (index >>> (8 * i));
        }
        nonce[11] = (byte) (last ? 1 : 0);
        return nonce;
    }
}
