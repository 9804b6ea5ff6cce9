package nestling.ui.insights;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
}
