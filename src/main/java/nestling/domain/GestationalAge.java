package nestling.domain;

/** Gestational age at birth as weeks plus days, e.g. 32+3. */
public record GestationalAge(int weeks, int days) {
    /** 40+0 weeks: the due date that corrected age counts from. */
    public static final int TERM_DAYS = 40 * 7;
    /** Born before 37+0 weeks is preterm. */
    public static final int PRETERM_BEFORE_DAYS = 37 * 7;

    public GestationalAge {
        if (weeks < 20 || weeks > 45 || days < 0 || days > 6) {
            throw new IllegalArgumentException("gestational age must be 20+0 to 45+6 weeks, got " + weeks + "+" + days);
        }
    }

    public int totalDays() {
        return weeks * 7 + days;
    }

    public boolean isPreterm() {
        return totalDays() < PRETERM_BEFORE_DAYS;
    }
}
