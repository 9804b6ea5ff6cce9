package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryType;
import nestling.domain.SleepKind;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
    private final Baby ben = family.baby("Ben", "2026-01-01T08:05", Sex.MALE, null);
    private final ChartSeries charts = new ChartSeries(family.insights());

    @Test
    void aNightIsCutIntoABlockOnEachDayAndOnlyTheBabysLiveSleepsShow() {
        family.sleep(ada, "2026-03-10T21:30", "2026-03-11T02:10", SleepKind.NIGHT);
        Entry deleted = family.sleep(ada, "2026-03-11T10:00", "2026-03-11T11:00", SleepKind.NAP);
        family.journal.entries().delete(deleted.id());
        family.sleep(ben, "2026-03-11T13:00", "2026-03-11T14:00", SleepKind.NAP);
        List<DayPattern> rows = charts.sleepPattern(ada.meta().id(), LocalDate.parse("2026-03-10"),
                LocalDate.parse("2026-03-12"));
        assertEquals(3, rows.size());
        assertEquals(List.of(new DayPattern.Block(21 * 60 + 30, 1440, EntryType.SLEEP, "night")), rows.get(0).blocks());
        assertEquals(List.of(new DayPattern.Block(0, 130, EntryType.SLEEP, "night")), rows.get(1).blocks());
        assertEquals(List.of(), rows.get(2).blocks());
    }

    @Test
    void theSpringForwardRowIs23HoursWide() {
        family.sleep(ada, "2026-03-29T13:00", "2026-03-29T14:00", SleepKind.NAP);
        DayPattern row = charts.sleepPattern(ada.meta().id(), LocalDate.parse("2026-03-29"),
                LocalDate.parse("2026-03-29")).getFirst();
        assertEquals(1380, row.dayMinutes());
        // 13:00 on the wall is 12 elapsed hours after midnight that day
        assertEquals(new DayPattern.Block(12 * 60, 13 * 60, EntryType.SLEEP, "nap"), row.blocks().getFirst());
    }

    @Test
    void feedingPatternVolumesDiapersAndTemperatures() {
        family.breast(ada, "2026-03-10T07:00", "2026-03-10T07:20", 600, 0);
        family.bottle(ada, "2026-03-10T10:00", 120);
        family.bottle(ada, "2026-03-11T10:00", 100);
        family.diaper(ada, "2026-03-11T10:05", true, true);
        family.temperature(ada, "2026-03-11T08:00", 375);
        LocalDate from = LocalDate.parse("2026-03-10");
        LocalDate to = LocalDate.parse("2026-03-11");
        List<DayPattern> feeds = charts.feedingPattern(ada.meta().id(), from, to);
        assertEquals(List.of(new DayPattern.Block(420, 440, EntryType.BREASTFEEDING, "L"),
                new DayPattern.Block(600, 600, EntryType.BOTTLE, "120 ml")), feeds.get(0).blocks());
        List<DailyPoint> daily = charts.daily(ada.meta().id(), from, to);
        assertEquals(List.of(120, 100), daily.stream().map(DailyPoint::bottleMl).toList());
        assertEquals(1, daily.get(1).dirtyDiapers());
        assertEquals(37.5, charts.temperatures(ada.meta().id(), from, to).getFirst().celsius(), 1e-9);
    }
}
