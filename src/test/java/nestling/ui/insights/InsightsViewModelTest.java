package nestling.ui.insights;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nestling.domain.EntryType;
import nestling.insights.DailyPoint;
import nestling.insights.DayPattern;
import nestling.insights.Metric;
import nestling.insights.Trend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class InsightsViewModelTest {
    @TempDir
    Path dir;

    private InsightsFixture fixture;
    private InsightsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new InsightsFixture(dir);
        model = onFx(() -> new InsightsViewModel(fixture.context, fixture.database));
        fx(() -> model.babyProperty().set(fixture.baby));
        fixture.drain();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private InsightsData data() {
        return onFx(() -> model.dataProperty().get());
    }

    @Test
    void aRangeEndsTodayWithOneRowAndOnePointPerDay() {
        assertEquals(LocalDate.of(2026, 3, 24), data().from());
        assertEquals(InsightsFixture.TODAY, data().to());
        assertEquals(7, data().sleep().size());
        assertEquals(7, data().daily().size());
        fx(() -> model.daysProperty().set(30));
        fixture.drain();
        assertEquals(30, data().sleep().size());
        assertEquals(30, data().feeding().size());
        fx(() -> model.daysProperty().set(90));
        fixture.drain();
        assertEquals(90, data().daily().size());
    }

    @Test
    void sleepRowsFollowTheDstDayAndCutTheNightAtMidnight() {
        DayPattern shortDay = data().sleep().stream().filter(d -> d.date().equals(LocalDate.of(2026, 3, 29)))
                .findFirst().orElseThrow();
        assertEquals(1380, shortDay.dayMinutes());
        // the night from the 28th ends 05:30 CEST: 4 h 30 of elapsed time after midnight CET
        DayPattern.Block morning = shortDay.blocks().getFirst();
        assertEquals(0, morning.startMinute());
        assertEquals(270, morning.endMinute());
        assertEquals(EntryType.SLEEP, morning.type());
        assertEquals(3, shortDay.blocks().size(), "morning, nap and the evening's start");
        // drawn by the wall clock: the morning ends at 05:30 and the evening starts at 20:00, as every day
        assertEquals(330.0, PatternNode.wall(shortDay, morning.endMinute(), nestling.domain.FamilyDays.midnight(InsightsFixture.BERLIN)), 1e-9);
        assertEquals(20 * 60.0, PatternNode.wall(shortDay, shortDay.blocks().getLast().startMinute(),
                nestling.domain.FamilyDays.midnight(InsightsFixture.BERLIN)), 1e-9);
        assertEquals(1440.0, PatternNode.wall(shortDay, shortDay.dayMinutes(), nestling.domain.FamilyDays.midnight(InsightsFixture.BERLIN)), 1e-9);
    }

    @Test
    void dailyFiguresAndTrendsMapTheLog() {
        DailyPoint day = data().daily().get(2);
        assertEquals(220, day.bottleMl());
        assertEquals(3, day.wetDiapers());
        assertEquals(1, day.dirtyDiapers());
        assertEquals(10.0, day.tummyTimeMinutes(), 1e-9);
        assertEquals(0, data().daily().getLast().bottleMl(), "nothing logged today yet");
        assertEquals(1, data().temperatures().size(), "only the 25th in the last 7 days");
        assertEquals(2, data().feeding().get(2).blocks().size());
        assertEquals(Trend.Direction.STEADY, data().week().direction(Metric.BOTTLE_ML));
        assertEquals(220.0, data().week().current().average(Metric.BOTTLE_ML), 1e-9);
        InsightsText text = new InsightsText(fixture.context);
        String line = text.average(Metric.BOTTLE_ML, data().week(), data().month());
        assertTrue(line.startsWith("Bottle: 220 ml a day over the last 7 days (steady)"), line);
        assertTrue(text.volumeSummary(data()).contains("the most was 220 ml"), text.volumeSummary(data()));
    }

    @Test
    void wakeWindowsAreTheLastTwoWeeksByTimeOfDayWithTheAgeBandAndFollowTheDayStart() {
        nestling.guidance.WakeWindowDays wake = data().wakeWindows();
        // 17 to 30 March. Each fixture day: night until 05:30, nap 13:00-14:30, night from 20:00. The
        // 05:30 -> 13:00 gap is 7 h 30, longer than any wake window (a sleep nobody logged), so each of the
        // 13 full days has one window, 14:30 -> 20:00 (330 min); the 30th has none yet.
        assertEquals(LocalDate.of(2026, 3, 17), wake.from());
        assertEquals(13, wake.windows().size());
        assertTrue(wake.windows().stream().allMatch(w -> w.clockMinute() == 14 * 60 + 30
                && w.length().toMinutes() == 330), wake.windows().toString());
        // born 10 January at 39 weeks: 11 weeks old on the 30th, the 9-13 week range of 75-120 min
        assertEquals(java.time.Duration.ofMinutes(75), wake.ageRange().orElseThrow().shortest());
        assertEquals(0, wake.withinRange());
        String summary = new InsightsText(fixture.context).wakeSummary(wake);
        assertTrue(summary.startsWith("13 wake windows in 14 days") && summary.contains("median 5 h 30 min")
                && summary.contains("0 of them within the usual range for the age, 1 h 15 min to 2 h (the band"), summary);

        // Days from 06:00: the same windows sit 8 h 30 after the day's start, and the sleep rows start at
        // 06:00, so the night's 05:30 end now lies at the end of the row before.
        fixture.journal.preferences().setDayStart(nestling.domain.DayStart.parse("06:00"));
        fx(() -> model.reload());
        fixture.drain();
        assertEquals(6, data().days().dayStart().hour());
        assertTrue(data().wakeWindows().windows().stream().allMatch(w -> w.clockMinute() == 8 * 60 + 30));
        DayPattern march27 = data().sleep().stream().filter(d -> d.date().equals(LocalDate.of(2026, 3, 27)))
                .findFirst().orElseThrow();
        // 27 March 06:00 -> 28 March 06:00: nap 13:00-14:30 (minutes 420-510), night 20:00 -> 05:30 (840-1410)
        assertEquals(List.of(420, 510, 840, 1410), march27.blocks().stream()
                .flatMap(b -> java.util.stream.Stream.of(b.startMinute(), b.endMinute())).toList());
    }
}
