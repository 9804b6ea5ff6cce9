package nestling.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A payload written in pieces (a backup's JSON as it is streamed from the database) and held in
 * blocks of {@value #BLOCK} bytes, so it can be sealed straight from them ({@link SealedFile#write}):
 * a growing array would hold the payload up to three times over (the array it outgrew, the one it
 * grew into, and the copy of the exact length), the blocks hold it once. A block is a whole number
 * of the container's chunks, so no chunk spans two blocks.
 */
public final class PayloadBuffer extends OutputStream {
    static final int BLOCK = 1 << 20;

    private final List<byte[]> blocks = new ArrayList<>();
    private long length;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int at = (int) (length % BLOCK);
            if (at == 0) {
                blocks.add(new byte[BLOCK]);
            }
            int n = Math.min(len, BLOCK - at);
            System.arraycopy(b, off, blocks.getLast(), at, n);
            off += n;
            len -= n;
            length += n;
        }
    }

    public long length() {
        return length;
    }

    /** The payload from its first byte, as a stream (for a digest, or to write it as it is). */
    public InputStream open() {
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, Math.min(length - at, BLOCK - at % BLOCK));
                System.arraycopy(blocks.get((int) (at / BLOCK)), (int) (at % BLOCK), b, off, n);
                at += n;
                return n;
            }
        };
    }

    /**
     * Overwrites every block with zeros and lets go of them (a backup's plaintext does not linger on
     * the heap, and the memory is free for what comes next, such as the read-back check).
     */
    public void wipe() {
        for (byte[] block : blocks) {
            Arrays.fill(block, (byte) 0);
        }
        blocks.clear();
        length = 0;
    }

    /** The payload as {@link ChunkedCipher} reads it: chunks of at most a block, never spanning two. */
    ChunkedCipher.Plain plain() {
        return new ChunkedCipher.Plain() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public byte[] array(long offset) {
                return blocks.get((int) (offset / BLOCK));
            }

            @Override
            public int index(long offset) {
                return (int) (offset % BLOCK);
            }
        };
    }

    @Override
    public void close() throws IOException {
        // nothing to release: the blocks are the payload
    }
}
