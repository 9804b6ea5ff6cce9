package nestling.ui.today;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.growth.ChildAge;
import nestling.ui.common.Formats;

/**
 * A baby's age as parents say it ("3 mo 2 w"), plus the corrected age for a baby born before 37
 * weeks, until the chronological age reaches 24 months.
 */
public final class BabyAge {
    private BabyAge() {
    }

    /** "3 mo 2 w", or "3 mo 2 w (corrected 2 mo)"; empty for a birth date after {@code today}. */
    public static String text(Baby baby, LocalDate today, Formats formats) {
        Parts parts = parts(baby, today, formats);
        return parts.correction().isEmpty() ? parts.age() : parts.age() + " " + parts.correction();
    }

    /**
     * The age and, apart, what corrects it for a baby born early ("(corrected 2 mo)", "(2 w before
     * the due date)", else empty): the top bar shows them on two lines, as one line does not fit
     * beside a long name in German at 1024 px.
     */
    public static Parts parts(Baby baby, LocalDate today, Formats formats) {
        LocalDate birth = baby.birthDate();
        if (today.isBefore(birth)) {
            return new Parts("", "");
        }
        String age = span(birth, today, formats);
        GestationalAge gestation = baby.gestation();
        if (gestation == null) {
            return new Parts(age, "");
        }
        ChildAge child = ChildAge.on(birth, today, gestation);
        if (!child.isCorrected()) {
            return new Parts(age, "");
        }
        LocalDate due = birth.plusDays(GestationalAge.TERM_DAYS - gestation.totalDays());
        if (today.isBefore(due)) {
            return new Parts(age, formats.message("today.age.beforeDue", span(today, due, formats)));
        }
        return new Parts(age, formats.message("today.age.corrected", span(due, today, formats)));
    }

    /** A baby's age and its correction ("" when there is none). */
    public record Parts(String age, String correction) {
    }

    /** From {@code from} to {@code to}: days under two weeks, weeks and days under a month, else months and weeks. */
    static String span(LocalDate from, LocalDate to, Formats formats) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 14) {
            return formats.message("today.age.days", days);
        }
        Period period = Period.between(from, to);
        long months = period.toTotalMonths();
        if (months < 1) {
            return formats.message("today.age.weeksDays", days / 7, days % 7);
        }
        long weeks = ChronoUnit.DAYS.between(from.plusMonths(months), to) / 7;
        if (months >= 24) {
            return formats.message("today.age.yearsMonths", months / 12, months % 12);
        }
        return formats.message("today.age.monthsWeeks", months, weeks);
    }
}
