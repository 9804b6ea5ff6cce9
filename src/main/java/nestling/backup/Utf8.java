package nestling.backup;

import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that a backup's bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF) before the JSON is parsed: the parser skips over the text of an entry's
 * {@code data}, and decoding it afterwards would turn a bad byte into "�" without a word. Reads the
 * stream once, in a small buffer, so a large backup is never held whole for it.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The first byte that is not part of a well-formed sequence, with its line and column (from 1, columns in bytes). */
    record Invalid(long offset, long line, long column) {
        String describe() {
            return "line " + line + ", column " + column + ": not valid UTF-8 at byte " + offset;
        }
    }

    /**
     * The first invalid byte of {@code in}, or null. The stream is read to its end either way, so
     * a sealed payload is authenticated completely before a bad byte in it is reported.
     */
    static Invalid firstInvalid(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        Invalid found = null;
        long offset = 0;
        long line = 1;
        long lineStart = 0;
        long sequenceStart = 0;
        int need = 0; // continuation bytes still expected
        boolean second = false; // the next byte is the first continuation byte (its range depends on the lead)
        int min = 0x80;
        int max = 0xBF;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n && found == null; i++, offset++) {
                int b = buffer[i] & 0xFF;
                if (need > 0) {
                    boolean ok = second ? b >= min && b <= max : (b & 0xC0) == 0x80;
                    if (!ok) {
                        found = new Invalid(sequenceStart, line, sequenceStart - lineStart + 1);
                    }
                    second = false;
                    need--;
                    continue;
                }
                if (b < 0x80) {
                    if (b == '\n') {
                        line++;
                        lineStart = offset + 1;
                    }
                    continue;
                }
                sequenceStart = offset;
                second = true;
                min = 0x80;
                max = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    // E0 needs A0..BF (no overlong), ED needs 80..9F (no surrogates)
                    min = b == 0xE0 ? 0xA0 : 0x80;
                    max = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    // F0 needs 90..BF (no overlong), F4 needs 80..8F (at most U+10FFFF)
                    min = b == 0xF0 ? 0x90 : 0x80;
                    max = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    found = new Invalid(offset, line, offset - lineStart + 1);
                }
            }
        }
        if (found == null && need > 0) {
            found = new Invalid(sequenceStart, line, sequenceStart - lineStart + 1);
        }
        return found;
    }
}
