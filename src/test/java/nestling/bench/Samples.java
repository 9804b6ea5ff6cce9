package nestling.bench;

import java.util.Arrays;

/** Timings of repeated runs of one step, in nanoseconds, with the statistics the budgets name. */
public final class Samples {
    private final long[] nanos;

    private Samples(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    public static Samples of(long... nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        return new Samples(nanos);
    }

    /** Times {@code step} {@code rounds} times after {@code warmup} unmeasured runs. */
    public static Samples time(int warmup, int rounds, Step step) throws Exception {
        for (int i = 0; i < warmup; i++) {
            step.run();
        }
        long[] taken = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            step.run();
            taken[i] = System.nanoTime() - start;
        }
        return of(taken);
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    public double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double p95Millis() {
        return percentileMillis(95);
    }

    public int count() {
        return nanos.length;
    }

    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }
}
