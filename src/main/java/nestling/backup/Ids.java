package nestling.backup;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.regex.Pattern;

/** 16-byte id blobs as the canonical lower-case UUID strings a backup carries, and back. */
final class Ids {
    private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return null;
        }
        UUID uuid = UUID.fromString(text);
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    static byte[] random() {
        UUID uuid = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }
}
