package nestling.util;

/**
 * Hands the heap a large one-off step left behind back to the operating system. The steps that
 * call it (unlocking: the key derivation's 64 MiB and the vault file twice; a backup read and checked, or
 * written: its JSON) leave more garbage at once than the whole rest of a session holds, and a
 * young-generation collector keeps that memory resident until it happens to mark the old
 * generation. One full collection right there (tens of milliseconds at a 200k-entry vault, on a
 * background thread or a one-shot command) lets the heap shrink to the app's
 * {@code -XX:MaxHeapFreeRatio} at once: issue 21 measured import at 200k entries between 400 and
 * 580 MB resident without it, depending on when G1 got round to it.
 */
public final class HeapRelease {
    /**
     * Below this the ordinary young collections reclaim the step's garbage soon enough, and a full
     * collection costs more than it gives back: the suite unlocks small vaults and reads small backups
     * thousands of times, and a full collection after each made it minutes slower.
     */
    static final long WORTH_A_COLLECTION = 32L << 20;

    private HeapRelease() {
    }

    /** After a step whose large buffers ({@code bytesLeftBehind} of them) are no longer referenced. */
    public static void afterLargeStep(long bytesLeftBehind) {
        if (worthIt(bytesLeftBehind)) {
            System.gc();
        }
    }

    static boolean worthIt(long bytesLeftBehind) {
        return bytesLeftBehind >= WORTH_A_COLLECTION;
    }
}
