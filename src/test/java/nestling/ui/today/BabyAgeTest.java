package nestling.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Meta;
import nestling.domain.Sex;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;
import org.junit.jupiter.api.Test;

class BabyAgeTest {
    private final Formats formats = new Formats(UiContext.defaultBundle(), ZoneOffset.UTC);

    private static Baby born(String date, GestationalAge gestation) {
        Instant at = LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Baby(Meta.fresh(at, null), "Ada", at, ZoneOffset.UTC, Sex.FEMALE, gestation, null, false);
    }

    @Test
    void daysThenWeeksThenMonthsThenYears() {
        Baby baby = born("2026-01-10", null);
        assertEquals("0 d", BabyAge.text(baby, LocalDate.of(2026, 1, 10), formats));
        assertEquals("13 d", BabyAge.text(baby, LocalDate.of(2026, 1, 23), formats));
        assertEquals("2 w 3 d", BabyAge.text(baby, LocalDate.of(2026, 1, 27), formats));
        assertEquals("3 mo 2 w", BabyAge.text(baby, LocalDate.of(2026, 4, 24), formats));
        assertEquals("2 y 1 mo", BabyAge.text(baby, LocalDate.of(2028, 2, 11), formats));
        assertEquals("", BabyAge.text(baby, LocalDate.of(2026, 1, 9), formats), "not born yet");
    }

    @Test
    void correctedAgeForABabyBornBefore37WeeksUntil24Months() {
        Baby early = born("2026-01-01", new GestationalAge(32, 0)); // due 8 weeks later, on 26 February
        assertEquals("1 mo 1 w (2 w 3 d before the due date)", BabyAge.text(early, LocalDate.of(2026, 2, 9), formats));
        assertEquals("3 mo 0 w (corrected 1 mo 0 w)", BabyAge.text(early, LocalDate.of(2026, 4, 1), formats));
        assertEquals("2 y 0 mo", BabyAge.text(early, LocalDate.of(2028, 1, 2), formats), "no correction after 24 months");
        assertEquals("3 mo 0 w", BabyAge.text(born("2026-01-01", new GestationalAge(37, 0)), LocalDate.of(2026, 4, 1),
                formats), "37 weeks is term");
    }
}
