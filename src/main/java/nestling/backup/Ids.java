package nestling.backup;

import java.nio.ByteBuffer;
import java.util.UUID;

/** 16-byte id blobs as the canonical lower-case UUID strings a backup carries, and back. */
final class Ids {
    private Ids() {
    }

    static String toText(byte[] id) {
        if (id.length != 16) {
            throw new IllegalArgumentException("an id must be 16 bytes, not " + id.length);
        }
        ByteBuffer b = ByteBuffer.wrap(id);
        return new UUID(b.getLong(), b.getLong()).toString();
    }

    /** The 16 bytes of a canonical UUID string, or null if {@code text} is not one. */
    static byte[] parse(String text) {
        // By hand rather than a regex and UUID.fromString: a large backup holds close to a million ids.
        if (text == null || text.length() != 36) {
            return null;
        }
        byte[] id = new byte[16];
        int at = 0;
        for (int i = 0; i < 16; i++) {
            if (at == 8 || at == 13 || at == 18 || at == 23) {
                if (text.charAt(at) != '-') {
                    return null;
                }
                at++;
            }
            int high = hexDigit(text.charAt(at));
            int low = hexDigit(text.charAt(at + 1));
            if (high < 0 || low < 0) {
                return null;
            }
            id[i] = (byte) (high << 4 | low);
            at += 2;
        }
        return id;
    }

    /** The value of a lower-case hex digit (the canonical form), or -1. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    static byte[] random() {
        UUID uuid = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }
}
