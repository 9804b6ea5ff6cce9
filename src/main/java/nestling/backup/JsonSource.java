package nestling.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The backup JSON as a stream that can be opened again from its first byte: a plain file, a sealed
 * file's payload decrypted chunk by chunk, or bytes already in memory. A backup is read in passes
 * (well-formed UTF-8 first, then the JSON) and never held whole: at 200k entries, or padded up to
 * the cap, the file alone would be hundreds of megabytes on the heap.
 */
@FunctionalInterface
interface JsonSource {
    InputStream open() throws IOException;

    static JsonSource of(byte[] json) {
        return () -> new ByteArrayInputStream(json);
    }
}
