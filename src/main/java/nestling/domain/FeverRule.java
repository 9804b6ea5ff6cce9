package nestling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The common pediatric rule for the youngest babies (AAP): a temperature of 38.0 °C (100.4 °F) or
 * more in an infant under 3 months needs prompt medical evaluation. "Under 3 months" is counted from
 * the birth date, not the corrected age: the rule is about the baby's days outside the womb. The app
 * only says so; it gives no other advice.
 */
public final class FeverRule {
    /** 38.0 °C in the canonical 0.1 °C: 100.4 °F converts to exactly this. */
    public static final int FEVER_DECI_CELSIUS = 380;
    /** Under 3 months: up to 89 days old on the day of the reading. */
    public static final int YOUNG_INFANT_DAYS = 90;

    private FeverRule() {
    }

    /** Whether a reading of {@code deciCelsius} taken on {@code takenOn} means "call your doctor now". */
    public static boolean callDoctorNow(LocalDate birthDate, LocalDate takenOn, int deciCelsius) {
        long ageDays = ChronoUnit.DAYS.between(birthDate, takenOn);
        return deciCelsius >= FEVER_DECI_CELSIUS && ageDays >= 0 && ageDays < YOUNG_INFANT_DAYS;
    }

    /** As above for an entry of {@code baby}: a temperature taken at {@code at} (a day in {@code zone}). */
    public static boolean callDoctorNow(Baby baby, Instant at, ZoneId zone, EntryData data) {
        return data instanceof EntryData.Temperature t && t.deciCelsius() != null
                && callDoctorNow(baby.birthDate(), LocalDate.ofInstant(at, zone), t.deciCelsius());
    }
}
