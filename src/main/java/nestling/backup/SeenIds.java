package nestling.backup;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of one table's records read so far, to find a duplicate. An export lists each table in
 * ascending id order, so while the ids keep ascending a new one cannot repeat an earlier one and
 * only the last needs comparing; they are kept in a plain array meanwhile. From the first id out
 * of order on (a hand-edited file), a hash set of all of them takes over. Either way the answer is
 * the same as a hash set's: is this id new.
 */
final class SeenIds {
    private static final int ID_BYTES = 16;

    private long[] ascending = new long[2 * 1024]; // two longs per id, big-endian halves
    private int count;
    private Set<ByteBuffer> all; // null while the ids ascend

    /** Adds {@code id}; false when it was already there. */
    boolean add(byte[] id) {
        if (all == null && id.length == ID_BYTES) {
            ByteBuffer bytes = ByteBuffer.wrap(id);
            long high = bytes.getLong(0);
            long low = bytes.getLong(8);
            if (count == 0 || isAfterLast(high, low)) {
                if (2 * count == ascending.length) {
                    ascending = java.util.Arrays.copyOf(ascending, 2 * ascending.length);
                }
                ascending[2 * count] = high;
                ascending[2 * count + 1] = low;
                count++;
                return true;
            }
        }
        if (all == null) {
            all = new HashSet<>();
            for (int i = 0; i < count; i++) {
                all.add(ByteBuffer.allocate(ID_BYTES).putLong(ascending[2 * i]).putLong(ascending[2 * i + 1]).flip());
            }
            ascending = null;
        }
        return all.add(ByteBuffer.wrap(id.clone()));
    }

    /** Unsigned, byte by byte: the order SQLite sorts blobs in, and so the order of an export. */
    private boolean isAfterLast(long high, long low) {
        int byHigh = Long.compareUnsigned(high, ascending[2 * count - 2]);
        return byHigh > 0 || byHigh == 0 && Long.compareUnsigned(low, ascending[2 * count - 1]) > 0;
    }
}
