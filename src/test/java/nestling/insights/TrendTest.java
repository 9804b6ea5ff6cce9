package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nestling.domain.Baby;
import nestling.domain.SleepKind;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

class TrendTest {
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);

    @Test
    void sevenDayAveragesAgainstTheSevenDaysBefore() {
        // 2026-03-01..07: 4 bottles of 125 ml a day; 2026-03-08..14: 4 of 150 ml and a 1 h nap.
        for (int d = 1; d <= 14; d++) {
            String day = String.format("2026-03-%02d", d);
            int ml = d <= 7 ? 125 : 150;
            for (int hour : new int[] {6, 10, 14, 18}) {
                family.bottle(ada, day + String.format("T%02d:00", hour), ml);
            }
            if (d > 7) {
                family.sleep(ada, day + "T12:00", day + "T13:00", SleepKind.NAP);
            }
        }
        Trend trend = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-03-14"), 7);
        assertEquals(LocalDate.parse("2026-03-08"), trend.current().from());
        assertEquals(LocalDate.parse("2026-03-07"), trend.previous().to());
        assertEquals(600, trend.current().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(500, trend.previous().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(100, trend.change(Metric.BOTTLE_ML), 1e-9);
        assertEquals(0.2, trend.relativeChange(Metric.BOTTLE_ML), 1e-9);
        assertEquals(Trend.Direction.UP, trend.direction(Metric.BOTTLE_ML));
        assertEquals(Trend.Direction.STEADY, trend.direction(Metric.FEEDS));
        assertEquals(60, trend.current().average(Metric.NAP_MINUTES), 1e-9);
        assertEquals(Trend.Direction.UP, trend.direction(Metric.NAP_MINUTES));
    }

    @Test
    void thirtyDayAveragesCountDaysWithoutEntriesAsZero() {
        // 15 of the last 30 days have one 300 ml bottle: 150 ml a day on average; the 30 before: none.
        for (int d = 1; d <= 15; d++) {
            family.bottle(ada, String.format("2026-04-%02dT09:00", d), 300);
        }
        Trend trend = family.insights().trend(ada.meta().id(), LocalDate.parse("2026-04-30"), 30);
        assertEquals(30, trend.current().days());
        assertEquals(15, trend.current().loggedDays());
        assertEquals(150, trend.current().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(0, trend.previous().average(Metric.BOTTLE_ML), 1e-9);
        assertEquals(Trend.Direction.NO_DATA, trend.direction(Metric.BOTTLE_ML));
        assertEquals(Double.NaN, trend.relativeChange(Metric.BOTTLE_ML));
    }

    @Test
    void aWeekIsMondayToSunday() {
        family.bottle(ada, "2026-03-09T09:00", 70); // Monday
        family.bottle(ada, "2026-03-15T21:00", 70); // Sunday
        family.bottle(ada, "2026-03-16T09:00", 70); // next Monday
        PeriodSummary week = family.insights().week(ada.meta().id(), LocalDate.parse("2026-03-12"));
        assertEquals(LocalDate.parse("2026-03-09"), week.from());
        assertEquals(7, week.days().size());
        assertEquals(20, week.averages().average(Metric.BOTTLE_ML), 1e-9);
    }
}
