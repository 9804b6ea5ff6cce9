package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check reads the backup as a stream, in pieces: a character split across two reads is
 * still one character, and a bad byte far into the file is still named by its byte, line and column.
 */
class Utf8StreamTest {
    /** A stream that hands out at most 7 bytes per read, so every multi-byte character is split somewhere. */
    private static InputStream trickling(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
    }

    @Test
    void charactersSplitAcrossReadsAndBuffersAreWellFormed() throws IOException {
        String text = "{\"note\": \"Grüße, 赤ちゃん, 🍼\"}\n".repeat(10_000); // > 64 KiB: crosses the scan's own buffer
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertNull(Utf8.firstInvalid(trickling(bytes)));
        assertNull(Utf8.firstInvalid(new ByteArrayInputStream(bytes)));
    }

    @Test
    void aBadByteFarIntoTheStreamIsNamedByOffsetLineAndColumn() throws IOException {
        byte[] line = "{\"a\": \"ü\"}\n".getBytes(StandardCharsets.UTF_8); // 12 bytes
        byte[] bytes = new byte[line.length * 10_000];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(line, 0, bytes, i * line.length, line.length);
        }
        long lead = 7_000 * line.length + 7; // the ü on line 7001, column 8
        bytes[(int) lead + 1] = (byte) 0x41; // its lead byte no longer followed by a continuation byte
        Utf8.Invalid invalid = Utf8.firstInvalid(trickling(bytes));
        assertEquals(new Utf8.Invalid(lead, 7_001, 8), invalid);
        assertEquals("line 7001, column 8: not valid UTF-8 at byte " + lead, invalid.describe());
    }

    @Test
    void aSequenceCutByTheEndOfTheStreamIsInvalidAtItsLeadByte() throws IOException {
        byte[] bytes = Arrays.copyOf("{\"a\": \"🍼".getBytes(StandardCharsets.UTF_8), 9); // 4-byte emoji cut after 2
        assertEquals(new Utf8.Invalid(7, 1, 8), Utf8.firstInvalid(trickling(bytes)));
    }
}
