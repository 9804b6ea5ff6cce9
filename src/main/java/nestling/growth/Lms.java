package nestling.growth;

/**
 * One row of Box-Cox (LMS) parameters: the skewness L, the median M and the coefficient of
 * variation S of a measurement at one age (or length). The formulas are those of the WHO's
 * "Computation of centiles and z-scores" (chapter 7 of the standards' report).
 */
public record Lms(double l, double m, double s) {

    /** z = ((X/M)^L − 1) / (L·S), and ln(X/M)/S where L is 0 (the limit of the same formula). */
    public double zScore(double x) {
        if (l == 0) {
            return Math.log(x / m) / s;
        }
        return (Math.pow(x / m, l) - 1) / (l * s);
    }

    /**
     * The WHO's restricted z for weight-based indicators: beyond ±3 SD the LMS curve stretches the
     * skewed tail too far, so the distance past SD3 (or SD−3) is measured in units of the gap
     * between SD2 and SD3 instead.
     */
    public double restrictedZScore(double x) {
        double z = zScore(x);
        if (z > 3) {
            double sd3 = valueAt(3);
            return 3 + (x - sd3) / (sd3 - valueAt(2));
        }
        if (z < -3) {
            double sdMinus3 = valueAt(-3);
            return -3 + (x - sdMinus3) / (valueAt(-2) - sdMinus3);
        }
        return z;
    }

    /** The measurement at z: X = M·(1 + L·S·z)^(1/L), and M·exp(S·z) where L is 0. */
    public double valueAt(double z) {
        if (l == 0) {
            return m * Math.exp(s * z);
        }
        return m * Math.pow(1 + l * s * z, 1 / l);
    }

    /** The parameters a {@code fraction} (0..1) of the way from this row to {@code next}. */
    Lms towards(Lms next, double fraction) {
        return new Lms(l + fraction * (next.l - l), m + fraction * (next.m - m), s + fraction * (next.s - s));
    }
}
