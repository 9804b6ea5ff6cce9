package nestling.vault;

import java.io.IOException;

/** Receives a file's bytes piece by piece, in order: a temp file being written, or an array. */
@FunctionalInterface
interface ByteSink {
    void write(byte[] bytes, int offset, int length) throws IOException;
}
