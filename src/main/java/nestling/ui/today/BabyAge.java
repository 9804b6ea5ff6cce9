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
        LocalDate birth = baby.birthDate();
        if (today.isBefore(birth)) {
            return "";
        }
        String age = span(birth, today, formats);
        GestationalAge gestation = baby.gestation();
        if (gestation == null) {
            return age;
        }
        ChildAge child = ChildAge.on(birth, today, gestation);
        if (!child.isCorrected()) {
            return age;
        }
        LocalDate due = birth.plusDays(GestationalAge.TERM_DAYS - gestation.totalDays());
        if (today.isBefore(due)) {
            return formats.message("today.age.beforeDue", age, span(today, due, formats));
        }
        return formats.message("today.age.corrected", age, span(due, today, formats));
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
