package nestling.vault;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The payload of a sealed file, decrypted and authenticated one chunk at a time as it is read: a
 * large backup is never held whole, in ciphertext or in plaintext. The same nonces and associated
 * data as {@link ChunkedCipher#open}, so a dropped, reordered, spliced or truncated chunk fails here
 * too; no byte of a chunk is handed out before its tag was checked. A failed chunk ends the stream
 * with {@link SealedFile.DamagedException}.
 */
final class OpeningStream extends InputStream {
    private final InputStream body;
    private final SecretKey key;
    private final byte[] associatedData;
    private final int chunkSize;
    private final long payloadLength;
    private final long chunks;
    private final Cipher cipher;
    private final byte[] sealed;
    private final byte[] plain;
    private long nextChunk;
    private long delivered;
    private int at;
    private int filled;

    OpeningStream(InputStream body, SecretKey key, byte[] associatedData, int chunkSize, long payloadLength) {
        this.body = body;
        this.key = key;
        this.associatedData = associatedData;
        this.chunkSize = chunkSize;
        this.payloadLength = payloadLength;
        this.chunks = Math.max(1, (payloadLength + chunkSize - 1) / chunkSize);
        this.sealed = new byte[chunkSize + ChunkedCipher.TAG_BYTES];
        this.plain = new byte[chunkSize];
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (at == filled && !nextChunk()) {
            return -1;
        }
        int n = Math.min(len, filled - at);
        System.arraycopy(plain, at, b, off, n);
        at += n;
        return n;
    }

    /** Decrypts the next chunk into {@code plain}; false at the end of the payload. */
    private boolean nextChunk() throws IOException {
        if (nextChunk == chunks) {
            return false;
        }
        int length = (int) Math.min(chunkSize, payloadLength - delivered);
        int got = body.readNBytes(sealed, 0, length + ChunkedCipher.TAG_BYTES);
        if (got < length + ChunkedCipher.TAG_BYTES) {
            // the file was cut after its length was checked: as damaged as a missing chunk
            throw new SealedFile.DamagedException(new EOFException("sealed file ended early"));
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(ChunkedCipher.TAG_BYTES * 8,
                    ChunkedCipher.nonce(nextChunk, nextChunk == chunks - 1)));
            cipher.updateAAD(associatedData);
            filled = cipher.doFinal(sealed, 0, length + ChunkedCipher.TAG_BYTES, plain, 0);
        } catch (AEADBadTagException e) {
            throw new SealedFile.DamagedException(e);
        } catch (GeneralSecurityException e) {
            throw new SealedFile.DamagedException(e);
        }
        at = 0;
        delivered += filled;
        nextChunk++;
        return true;
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(plain, (byte) 0);
        filled = 0;
        at = 0;
        body.close();
    }
}
