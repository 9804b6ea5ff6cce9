package nestling.vault;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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

    /** Batches in flight between the sealing thread and the writing one. */
    private static final int BUFFERS = 3;

    /**
     * Seals {@code plain} chunk by chunk into reused buffers of about {@value #BATCH_BYTES} bytes
     * and hands each full buffer to {@code sink}: a save streams straight into the temp file
     * instead of building a second full-size copy of the database (tens of MB at 200k entries).
     * A body of several batches is sealed on a second thread while this one writes the previous
     * batch, so encryption and the copy into the page cache overlap on two cores.
     */
    static void seal(SecretKey key, byte[] associatedData, int chunkSize, byte[] plain, ByteSink sink)
            throws IOException {
        seal(key, associatedData, chunkSize, Plain.of(plain), sink);
    }

    /** Plaintext to seal, held in one array or in blocks; a chunk never spans two arrays. */
    interface Plain {
        long length();

        /** The array holding the byte at {@code offset} and the chunk starting there. */
        byte[] array(long offset);

        /** Where in {@link #array} that byte is. */
        int index(long offset);

        static Plain of(byte[] bytes) {
            return new Plain() {
                @Override
                public long length() {
                    return bytes.length;
                }

                @Override
                public byte[] array(long offset) {
                    return bytes;
                }

                @Override
                public int index(long offset) {
                    return (int) offset;
                }
            };
        }
    }

    /** As {@link #seal(SecretKey, byte[], int, byte[], ByteSink)}, from plaintext in blocks. */
    static void seal(SecretKey key, byte[] associatedData, int chunkSize, Plain plain, ByteSink sink)
            throws IOException {
        long chunks = Math.max(1, (plain.length() + chunkSize - 1) / chunkSize);
        int chunksPerBatch = (int) Math.min(chunks, Math.max(1, BATCH_BYTES / (chunkSize + TAG_BYTES)));
        Sealer sealer = new Sealer(key, associatedData, chunkSize, plain, chunks, chunksPerBatch);
        if (chunks <= chunksPerBatch) {
            byte[] buffer = new byte[chunksPerBatch * (chunkSize + TAG_BYTES)];
            sink.write(buffer, 0, sealer.sealBatch(0, buffer));
        } else {
            sealer.pipeline(sink);
        }
    }

    /** Seals the body batch by batch; {@link #pipeline} runs the sealing on a thread of its own. */
    private static final class Sealer {
        private final SecretKey key;
        private final byte[] associatedData;
        private final int chunkSize;
        private final Plain plain;
        private final long chunks;
        private final int chunksPerBatch;
        private final Cipher cipher;

        Sealer(SecretKey key, byte[] associatedData, int chunkSize, Plain plain, long chunks, int chunksPerBatch) {
            this.key = key;
            this.associatedData = associatedData;
            this.chunkSize = chunkSize;
            this.plain = plain;
            this.chunks = chunks;
            this.chunksPerBatch = chunksPerBatch;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
            }
        }

        long batches() {
            return (chunks + chunksPerBatch - 1) / chunksPerBatch;
        }

        /** Seals batch {@code batch} into {@code buffer}; returns the bytes written. */
        int sealBatch(long batch, byte[] buffer) {
            int filled = 0;
            long first = batch * chunksPerBatch;
            long end = Math.min(chunks, first + chunksPerBatch);
            try {
                for (long i = first; i < end; i++) {
                    long in = i * chunkSize;
                    int length = (int) Math.min(chunkSize, plain.length() - in);
                    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(i, i == chunks - 1)));
                    cipher.updateAAD(associatedData);
                    filled += cipher.doFinal(plain.array(in), plain.index(in), length, buffer, filled);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
            }
            return filled;
        }

        /**
         * Seals on a second thread into {@value #BUFFERS} rotating buffers while the calling thread
         * writes the sealed ones in order. The sealing thread is stopped and joined before this
         * returns or throws, so nothing reads {@code plain} once the caller wipes it.
         */
        void pipeline(ByteSink sink) throws IOException {
            BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
            BlockingQueue<SealedBatch> ready = new ArrayBlockingQueue<>(BUFFERS);
            for (int i = 0; i < BUFFERS; i++) {
                free.add(new byte[chunksPerBatch * (chunkSize + TAG_BYTES)]);
            }
            long total = batches();
            Thread thread = Thread.ofPlatform().name("vault-sealer").daemon().start(() -> {
                try {
                    for (long b = 0; b < total; b++) {
                        byte[] buffer = free.take();
                        ready.put(new SealedBatch(buffer, sealBatch(b, buffer), null));
                    }
                } catch (InterruptedException e) {
                    // the writer gave up (a failed write); it no longer reads from the queue
                } catch (RuntimeException e) {
                    ready.offer(new SealedBatch(null, 0, e));
                }
            });
            try {
                for (long b = 0; b < total; b++) {
                    SealedBatch batch = ready.take();
                    if (batch.failure() != null) {
                        throw batch.failure();
                    }
                    sink.write(batch.bytes(), 0, batch.length());
                    free.put(batch.bytes());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while saving");
            } finally {
                thread.interrupt();
                nestling.util.Threads.joinUninterruptibly(thread);
            }
        }
    }

    private record SealedBatch(byte[] bytes, int length, RuntimeException failure) {
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
