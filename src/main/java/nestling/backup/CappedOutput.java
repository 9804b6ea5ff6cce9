package nestling.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on until there are more than {@code cap} of them, then stops the writer with
 * {@link OverCap}: an export of a vault whose backup no Nestling would read back ends as soon as that
 * is known, instead of first holding all of it. Unchecked, so it passes through the JSON generator
 * and the database read that drive the writing.
 */
final class CappedOutput extends FilterOutputStream {
    private final long cap;
    private long written;

    CappedOutput(OutputStream out, long cap) {
        super(out);
        this.cap = cap;
    }

    static final class OverCap extends RuntimeException {
        OverCap() {
            super(null, null, false, false);
        }
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int bytes) {
        written += bytes;
        if (written > cap) {
            throw new OverCap();
        }
    }
}
