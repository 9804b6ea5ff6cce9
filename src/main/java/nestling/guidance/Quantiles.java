package nestling.guidance;

/** Quantiles of a small sorted sample, interpolated between neighbours (the usual "type 7" definition). */
final class Quantiles {
    private Quantiles() {
    }

    /** The {@code p}-quantile (0..1) of {@code sorted}, which must not be empty. */
    static long of(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return Math.round(sorted[below] + fraction * (sorted[above] - sorted[below]));
    }
}
