package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nestling.domain.GestationalAge;
import org.junit.jupiter.api.Test;

class ChildAgeTest {

    @Test
    void bornAt32WeeksIsCorrectedByEightWeeks() {
        ChildAge age = ChildAge.of(100, new GestationalAge(32, 0));
        assertEquals(100, age.chronologicalDays());
        assertEquals(100 - 56, age.correctedDays());
        assertTrue(age.isCorrected());
        assertEquals(44, age.days(ChildAge.AgeBasis.CORRECTED));
        assertEquals(100, age.days(ChildAge.AgeBasis.CHRONOLOGICAL));
    }

    @Test
    void bornAt36Plus6IsStillCorrected() {
        assertEquals(100 - 22, ChildAge.of(100, new GestationalAge(36, 6)).correctedDays());
    }

    @Test
    void bornAt37WeeksOrLaterIsNotCorrected() {
        ChildAge age = ChildAge.of(100, new GestationalAge(37, 0));
        assertEquals(100, age.correctedDays());
        assertFalse(age.isCorrected());
        assertEquals(100, ChildAge.of(100, new GestationalAge(41, 3)).correctedDays());
    }

    @Test
    void correctionStopsAtTwentyFourMonths() {
        GestationalAge early = new GestationalAge(28, 0);
        assertEquals(730 - 84, ChildAge.of(730, early).correctedDays());
        assertEquals(731, ChildAge.of(731, early).correctedDays());
        assertEquals(1000, ChildAge.of(1000, early).correctedDays());
    }

    @Test
    void beforeTheDueDateTheCorrectedAgeIsNegative() {
        assertEquals(-26, ChildAge.of(30, new GestationalAge(32, 0)).correctedDays());
    }

    @Test
    void ageFromDatesIsInCompletedDays() {
        LocalDate birth = LocalDate.of(2024, 2, 28);
        assertEquals(0, ChildAge.completedDays(birth, birth));
        assertEquals(2, ChildAge.completedDays(birth, LocalDate.of(2024, 3, 1)));
        assertEquals(366, ChildAge.completedDays(birth, LocalDate.of(2025, 2, 28)));
        ChildAge age = ChildAge.on(birth, LocalDate.of(2024, 5, 28), new GestationalAge(32, 0));
        assertEquals(90, age.chronologicalDays());
        assertEquals(34, age.correctedDays());
        assertThrows(IllegalArgumentException.class, () -> ChildAge.completedDays(birth, birth.minusDays(1)));
    }

    @Test
    void implausibleGestationalAgesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GestationalAge(32, 7));
        assertThrows(IllegalArgumentException.class, () -> new GestationalAge(12, 0));
    }
}
