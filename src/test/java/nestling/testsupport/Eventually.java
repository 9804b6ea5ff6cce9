package nestling.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something a background thread does (a save, a retry), with a deadline. */
public final class Eventually {
    private Eventually() {
    }

    public static void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(Duration.ofSeconds(10), condition);
    }

    public static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in " + limit.toSeconds() + " s");
            }
            Thread.sleep(10);
        }
    }
}
