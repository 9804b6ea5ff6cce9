package nestling.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stream a backup's JSON parser reads, keeping only what an entry's {@code data} needs: its text
 * exactly as written (see {@link Values#rawJson}). It always keeps the last {@value #KEEP} bytes
 * read (more than the parser reads ahead, so the start of the token it is at is still here) and,
 * once asked to, every byte from a given offset until the text is cut. Offsets count from the
 * stream's first byte, as the parser's byte offsets do.
 */
final class SourceWindow extends FilterInputStream {
    static final int KEEP = 64 * 1024;

    private byte[] window = new byte[2 * KEEP];
    /** Offset of window[0] in the stream. */
    private long windowStart;
    private int length;
    private boolean keeping;

    SourceWindow(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            append(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    private void append(byte[] b, int off, int n) {
        if (!keeping && length + n > window.length) {
            int drop = Math.max(0, length - KEEP);
            System.arraycopy(window, drop, window, 0, length - drop);
            length -= drop;
            windowStart += drop;
            if (window.length > 2 * KEEP && length + n <= 2 * KEEP) {
                window = Arrays.copyOf(window, 2 * KEEP); // a large kept text is not held on to
            }
        }
        if (length + n > window.length) {
            window = Arrays.copyOf(window, Math.max(window.length * 2, length + n));
        }
        System.arraycopy(b, off, window, length, n);
        length += n;
    }

    /** Keeps every byte from {@code start} on, until {@link #text} is called. */
    void keepFrom(long start) {
        if (start < windowStart || start > windowStart + length) {
            throw new IllegalStateException("the parser's offsets do not match its source");
        }
        keeping = true;
    }

    /** The bytes from {@code start} to {@code end} as text; what was kept for them may be dropped from now on. */
    String text(long start, long end) {
        keeping = false;
        if (start < windowStart || end < start || end > windowStart + length) {
            throw new IllegalStateException("the parser's offsets do not match its source");
        }
        return new String(window, (int) (start - windowStart), (int) (end - start), StandardCharsets.UTF_8);
    }
}
