package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nestling.domain.Baby;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * The 7- and 30-day averages count only the days since the baby's birth or the first entry,
 * whichever is later: a family that started logging three days ago does not read "2 feeds a day"
 * for a baby that had six a day.
 */
class AveragesSinceStartTest {
    private final TestFamily family = TestFamily.empty();

    @Test
    void threeDaysOfLoggingAreAveragedOverThreeDays() {
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        // Logging began on 2026-03-12: six bottles of 100 ml a day, up to 2026-03-14.
        for (int d = 12; d <= 14; d++) {
            for (int hour : new int[] {2, 6, 10, 14, 18, 22}) {
                family.bottle(ada, String.format("2026-03-%02dT%02d:00", d, hour), 100);
            }
        }
        Trend week = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(3, week.current().days(), "2026-03-12..14");
        assertEquals(LocalDate.parse("2026-03-12"), week.current().countedFrom());
        assertEquals(6.0, week.current().average(Metric.FEEDS), 1e-9);
        assertEquals(600.0, week.current().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(0, week.previous().days(), "nothing was logged before");
        assertEquals(Trend.Direction.NO_DATA, week.direction(Metric.FEEDS));

        Trend month = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 30);
        assertEquals(3, month.current().days());
        assertEquals(6.0, month.current().average(Metric.FEEDS), 1e-9);
    }

    @Test
    void aBabyBornFiveDaysAgoIsAveragedFromItsBirthDay() {
        // Entries typed in for the days before birth are impossible; the birth day is the first day.
        Baby ben = family.baby("Ben", "2026-03-10T15:00", Sex.MALE, null);
        family.bottle(ben, "2026-03-10T18:00", 30);
        for (int d = 11; d <= 14; d++) {
            family.bottle(ben, String.format("2026-03-%02dT09:00", d), 60);
            family.bottle(ben, String.format("2026-03-%02dT15:00", d), 60);
            family.diaper(ben, String.format("2026-03-%02dT10:00", d), true, d % 2 == 0);
        }
        Trend week = family.insights().trend(ben.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(5, week.current().days(), "2026-03-10..14");
        assertEquals(LocalDate.parse("2026-03-10"), week.current().countedFrom());
        assertEquals((1 + 4 * 2) / 5.0, week.current().average(Metric.FEEDS), 1e-9);
        assertEquals((30 + 4 * 120) / 5.0, week.current().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(4 / 5.0, week.current().average(Metric.WET_DIAPERS), 1e-9);
        assertEquals(2 / 5.0, week.current().average(Metric.DIRTY_DIAPERS), 1e-9);
    }

    @Test
    void daysWithoutEntriesAfterTheStartStillCountAsZero() {
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        family.bottle(ada, "2026-03-08T09:00", 210);
        family.bottle(ada, "2026-03-14T09:00", 140);
        Trend week = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(7, week.current().days());
        assertEquals(2, week.current().loggedDays());
        assertEquals(50.0, week.current().average(Metric.BOTTLE_ML), 1e-9);
        // The previous week began before the first entry: none of its days count.
        assertEquals(0, week.previous().days());
    }

    @Test
    void theStartWithinThePreviousPeriodCountsOnlyItsDaysThere() {
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        // First entry 2026-03-05: the previous week 03-01..07 counts 3 days, the current 03-08..14 all 7.
        for (int d = 5; d <= 14; d++) {
            family.bottle(ada, String.format("2026-03-%02dT09:00", d), 120);
        }
        Trend week = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(7, week.current().days());
        assertEquals(3, week.previous().days());
        assertEquals(120.0, week.previous().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(Trend.Direction.STEADY, week.direction(Metric.BOTTLE_ML));
    }

    @Test
    void weightsTypedInFromBirthDoNotStartTheDailyAverages() {
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        family.growth(ada, "2026-01-01T09:00", 3300, 500, 340);
        family.note(ada, "2026-02-01T09:00", "Home from the clinic");
        for (int d = 12; d <= 14; d++) {
            family.bottle(ada, String.format("2026-03-%02dT09:00", d), 150);
        }
        Trend week = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(3, week.current().days());
        assertEquals(150.0, week.current().average(Metric.BOTTLE_ML), 1e-9);
    }

    @Test
    void withoutAnyEntryNoDayCounts() {
        Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
        Trend week = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(0, week.current().days());
        assertEquals(0.0, week.current().average(Metric.FEEDS), 1e-9);
        assertEquals(Trend.Direction.NO_DATA, week.direction(Metric.FEEDS));
    }
}
