package nestling.util;

/** Small thread helpers the core shares (no state). */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits until {@code thread} has ended, even if this thread is interrupted meanwhile (the
     * interrupt is kept for the caller): used where work must not outlive the data it reads,
     * such as a buffer wiped right after.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
