package nestling.vault;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the bytes of an inbox file divide into records, before any key is used: complete frames,
 * unreadable stretches (skipped up to the next magic), and a torn tail (an append cut short by a
 * kill or power cut, never acknowledged, ignored). Shared by the writer (which cuts a torn tail off
 * before appending) and the reader, so both agree on where each record is.
 */
final class InboxFrames {
    /** One stretch of the file: a frame with its bytes, or a refused stretch (then {@code bytes} is null). */
    record Frame(int offset, byte[] bytes, InboxRecord.Refusal refusal, boolean chainKnown) {
        byte[] tag() {
            return Arrays.copyOfRange(bytes, bytes.length - InboxRecord.TAG, bytes.length);
        }

        byte[] previousTag() {
            int at = InboxRecord.MAGIC.length + 1 + InboxKeys.ID_LENGTH + InboxKeys.KEY_LENGTH;
            return Arrays.copyOfRange(bytes, at, at + InboxRecord.TAG);
        }
    }

    final List<Frame> frames = new ArrayList<>();
    /** Where the last complete frame ends (where the writer appends). */
    int completeEnd;
    /** The tag of the last complete frame; zeros when there is none (the first record's link). */
    byte[] lastTag = new byte[InboxRecord.TAG];
    boolean tornTail;

    static InboxFrames of(byte[] file) {
        InboxFrames result = new InboxFrames();
        int at = 0;
        boolean chainKnown = true;
        while (at < file.length) {
            if (!startsWithMagic(file, at)) {
                if (isTornTail(file, at)) {
                    result.tornTail = true;
                    break;
                }
                int next = nextMagic(file, at + 1);
                result.frames.add(new Frame(at, null, InboxRecord.Refusal.UNREADABLE, false));
                chainKnown = false;
                if (next < 0) {
                    break;
                }
                at = next;
                continue;
            }
            if (file.length - at < InboxRecord.HEADER) {
                result.tornTail = true;
                break;
            }
            int length = ByteBuffer.wrap(file, at + InboxRecord.HEADER - 4, 4).getInt();
            if (length < InboxRecord.TAG || length > InboxRecord.MAX_PLAINTEXT + InboxRecord.TAG) {
                result.frames.add(new Frame(at, null, InboxRecord.Refusal.UNREADABLE, false));
                chainKnown = false;
                int next = nextMagic(file, at + 1);
                if (next < 0) {
                    break;
                }
                at = next;
                continue;
            }
            long end = (long) at + InboxRecord.HEADER + length;
            if (end > file.length) {
                int next = nextMagic(file, at + 1);
                if (next < 0) {
                    result.tornTail = true; // the last append, cut short
                    break;
                }
                // a record cut short in the middle of the file: damage, the next one follows
                result.frames.add(new Frame(at, null, InboxRecord.Refusal.DAMAGED, false));
                chainKnown = false;
                at = next;
                continue;
            }
            int inner = nextMagic(file, at + 1);
            if (inner > 0 && inner < end && !startsWithMagic(file, (int) end) && !isTornTail(file, (int) end)) {
                // a record cut short, and its length runs into the next one (which starts where it should not)
                result.frames.add(new Frame(at, null, InboxRecord.Refusal.DAMAGED, false));
                chainKnown = false;
                at = inner;
                continue;
            }
            byte[] bytes = Arrays.copyOfRange(file, at, (int) end);
            InboxRecord.Refusal refusal = (file[at + InboxRecord.MAGIC.length] & 0xff) == InboxRecord.VERSION
                    ? null : InboxRecord.Refusal.NEWER_VERSION;
            Frame frame = new Frame(at, bytes, refusal, chainKnown);
            result.frames.add(frame);
            result.completeEnd = (int) end;
            result.lastTag = frame.tag();
            chainKnown = true;
            at = (int) end;
        }
        return result;
    }

    private static boolean startsWithMagic(byte[] file, int at) {
        return file.length - at >= InboxRecord.MAGIC.length
                && Arrays.equals(file, at, at + InboxRecord.MAGIC.length, InboxRecord.MAGIC, 0, InboxRecord.MAGIC.length);
    }

    /** The rest is a prefix of the magic, or zeros (a file extended but not yet written when the power went). */
    private static boolean isTornTail(byte[] file, int at) {
        int rest = file.length - at;
        if (rest < InboxRecord.MAGIC.length
                && Arrays.equals(file, at, file.length, InboxRecord.MAGIC, 0, rest)) {
            return true;
        }
        for (int i = at; i < file.length; i++) {
            if (file[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int nextMagic(byte[] file, int from) {
        for (int i = from; i + InboxRecord.MAGIC.length <= file.length; i++) {
            if (file[i] == InboxRecord.MAGIC[0] && startsWithMagic(file, i)) {
                return i;
            }
        }
        return -1;
    }
}
