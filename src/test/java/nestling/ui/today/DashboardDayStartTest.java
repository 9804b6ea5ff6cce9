package nestling.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import nestling.domain.Baby;
import nestling.domain.DayStart;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.insights.TestFamily;
import org.junit.jupiter.api.Test;

/** Today's totals with the family's day starting at 06:00: before it, "today" is still the day that began yesterday. */
class DashboardDayStartTest {
    @Test
    void beforeSixTheNightStillCountsForYesterdayAfterSixANewDayBegins() {
        TestFamily family = TestFamily.empty();
        family.journal.preferences().setDayStart(DayStart.parse("06:00"));
        Baby ada = family.baby("Ada", "2026-11-01T08:00", Sex.FEMALE, null);
        family.bottle(ada, "2026-12-04T19:00", 120);
        family.sleep(ada, "2026-12-04T20:00", "2026-12-05T05:00", SleepKind.NIGHT);
        family.bottle(ada, "2026-12-05T02:00", 90);
        family.diaper(ada, "2026-12-05T05:10", true, false);
        family.bottle(ada, "2026-12-05T06:10", 100);
        DashboardLoader loader = new DashboardLoader(family.journal, family.database);

        // 05:30 on the 5th: the day of the 4th (06:00 on the 4th -> 06:00 on the 5th) with the whole night,
        // 20:00 -> 05:00 = 9 h, both bottles (19:00 and 02:00: 210 ml) and the 05:10 diaper.
        DashboardData early = loader.load(ada, TestFamily.at("2026-12-05T05:30"), TestFamily.BERLIN);
        assertEquals(LocalDate.of(2026, 12, 4), early.day());
        assertEquals(Duration.ofHours(9), early.totals().sleep());
        assertEquals(2, early.totals().feeds());
        assertEquals(210, early.totals().bottleMl());
        assertEquals(1, early.totals().wetDiapers());
        // 06:30: the 5th has begun with the 06:10 bottle only, and no sleep yet.
        DashboardData later = loader.load(ada, TestFamily.at("2026-12-05T06:30"), TestFamily.BERLIN);
        assertEquals(LocalDate.of(2026, 12, 5), later.day());
        assertEquals(Duration.ZERO, later.totals().sleep());
        assertEquals(1, later.totals().feeds());
        assertEquals(0, later.totals().wetDiapers());
        assertEquals(TestFamily.at("2026-12-05T06:00"), later.totals().start());
    }
}
