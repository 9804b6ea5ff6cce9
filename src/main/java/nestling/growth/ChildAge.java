package nestling.growth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nestling.domain.GestationalAge;

/**
 * A child's age in completed days, both chronological and corrected for prematurity. For a baby
 * born before 37 weeks the corrected age is the chronological age minus (40 weeks − gestational
 * age), until 24 months; after that, and for babies born at 37 weeks or later, both are the same.
 * Which one to score against is the caller's choice ({@link #days(AgeBasis)}): parents and
 * clinicians switch between them, so it is never applied silently.
 */
public record ChildAge(int chronologicalDays, int correctedDays) {
    /** Correction stops once the chronological age reaches 24 months. */
    public static final int CORRECT_UNTIL_DAYS = 731;

    /** Which age to use against the standards. */
    public enum AgeBasis {
        CHRONOLOGICAL,
        CORRECTED
    }

    public static ChildAge of(int chronologicalDays, GestationalAge atBirth) {
        if (!atBirth.isPreterm() || chronologicalDays >= CORRECT_UNTIL_DAYS) {
            return new ChildAge(chronologicalDays, chronologicalDays);
        }
        return new ChildAge(chronologicalDays, chronologicalDays - (GestationalAge.TERM_DAYS - atBirth.totalDays()));
    }

    public static ChildAge on(LocalDate birth, LocalDate date, GestationalAge atBirth) {
        return of(completedDays(birth, date), atBirth);
    }

    /** Age in completed days: 0 on the day of birth, 1 the day after. */
    public static int completedDays(LocalDate birth, LocalDate date) {
        long days = ChronoUnit.DAYS.between(birth, date);
        if (days < 0) {
            throw new IllegalArgumentException("the date " + date + " is before the birth date " + birth);
        }
        return Math.toIntExact(days);
    }

    /** True when the corrected age differs from the chronological one. */
    public boolean isCorrected() {
        return correctedDays != chronologicalDays;
    }

    public int days(AgeBasis basis) {
        return basis == AgeBasis.CORRECTED ? correctedDays : chronologicalDays;
    }
}
