package nestling.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeverRuleTest {
    private static final LocalDate BORN = LocalDate.of(2026, 1, 1);

    @Test
    void thirtyEightPointZeroIsAFeverAndThirtySevenPointNineIsNot() {
        LocalDate twoWeeks = BORN.plusDays(14);
        assertTrue(FeverRule.callDoctorNow(BORN, twoWeeks, 380));
        assertTrue(FeverRule.callDoctorNow(BORN, twoWeeks, 392));
        assertFalse(FeverRule.callDoctorNow(BORN, twoWeeks, 379));
    }

    @Test
    void underThreeMonthsMeansUpTo89DaysOld() {
        assertTrue(FeverRule.callDoctorNow(BORN, BORN, 380), "on the day of birth");
        assertTrue(FeverRule.callDoctorNow(BORN, BORN.plusDays(89), 380));
        assertFalse(FeverRule.callDoctorNow(BORN, BORN.plusDays(90), 380));
        assertFalse(FeverRule.callDoctorNow(BORN, BORN.minusDays(1), 400), "a reading before the birth is a typo");
    }

    @Test
    void fahrenheitReadingsMeetTheSameLine() {
        LocalDate day = BORN.plusDays(30);
        assertTrue(FeverRule.callDoctorNow(BORN, day, Units.deciCelsiusFromFahrenheit(new BigDecimal("100.4"))));
        assertFalse(FeverRule.callDoctorNow(BORN, day, Units.deciCelsiusFromFahrenheit(new BigDecimal("100.3"))));
    }

    @Test
    void anEntryCountsByTheBirthDateNotTheCorrectedAgeAndOnlyATemperatureDoes() {
        Baby early = new Baby(Meta.fresh(Instant.parse("2026-01-01T06:00:00Z"), null), "Ada",
                Instant.parse("2026-01-01T06:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, new GestationalAge(30, 0), null, false);
        Instant day89 = Instant.parse("2026-03-31T12:00:00Z");
        Instant day90 = Instant.parse("2026-04-01T12:00:00Z");
        EntryData fever = new EntryData.Temperature(381, TemperatureMethod.RECTAL);
        assertTrue(FeverRule.callDoctorNow(early, day89, ZoneOffset.UTC, fever));
        assertFalse(FeverRule.callDoctorNow(early, day90, ZoneOffset.UTC, fever),
                "90 days old, though only 10 weeks corrected");
        assertFalse(FeverRule.callDoctorNow(early, day89, ZoneOffset.UTC, new EntryData.Temperature(null, null)));
        assertFalse(FeverRule.callDoctorNow(early, day89, ZoneOffset.UTC, new EntryData.Bottle(null, 90, null)));
    }
}
