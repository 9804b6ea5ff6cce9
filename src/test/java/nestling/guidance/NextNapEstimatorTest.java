package nestling.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextNapEstimatorTest {
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final int FOUR_MONTHS = 122;
    private final NextNapEstimator estimator = new NextNapEstimator(ZURICH);

    @Test
    void theWindowComesFromTheBabysOwnWakeWindowsAtThisTimeOfDay() {
        // Every day: up 06:30, awake 90 min, nap 1 h, awake 150 min, nap 1 h, awake 120 min, night.
        List<SleepSpan> sleeps = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            LocalDate day = LocalDate.of(2026, 3, d);
            sleeps.add(span(day.minusDays(1), "19:30", day, "06:30"));
            sleeps.add(span(day, "08:00", day, "09:00"));
            sleeps.add(span(day, "11:30", day, "12:30"));
        }
        LocalDate today = LocalDate.of(2026, 3, 8);
        sleeps.add(span(today.minusDays(1), "19:30", today, "06:30"));
        sleeps.add(span(today, "08:00", today, "09:00"));

        NextNap morning = estimator.estimate(sleeps.subList(0, sleeps.size() - 1), null, at(today, "06:45"), FOUR_MONTHS, false);
        assertEquals(NextNap.Status.ESTIMATE, morning.status());
        assertEquals(at(today, "08:00"), morning.likely(), "90 minutes after 06:30, as every morning");
        assertEquals(Duration.ofMinutes(90), morning.usual());

        NextNap midday = estimator.estimate(sleeps, null, at(today, "09:20"), FOUR_MONTHS, false);
        assertEquals(at(today, "09:00"), midday.awakeSince());
        assertEquals(at(today, "11:30"), midday.likely(), "150 minutes after 09:00: the midday window, not the morning's");
        assertEquals(at(today, "11:20"), midday.earliest(), "at least ten minutes either side when the days agree");
        assertEquals(at(today, "11:40"), midday.latest());
        assertEquals(7, midday.windowsUsed());
        assertEquals(7, midday.daysUsed());
        assertEquals(Duration.ZERO, midday.todayShift(), "today's morning window was the usual one");
    }

    @Test
    void todaysLongerWakeWindowsMoveTheEstimateLaterByHalfTheDifference() {
        List<SleepSpan> sleeps = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            LocalDate day = LocalDate.of(2026, 3, d);
            sleeps.add(span(day.minusDays(1), "19:30", day, "06:30"));
            sleeps.add(span(day, "08:00", day, "09:00"));
            sleeps.add(span(day, "11:30", day, "12:30"));
        }
        LocalDate today = LocalDate.of(2026, 3, 8);
        sleeps.add(span(today.minusDays(1), "19:30", today, "06:30"));
        sleeps.add(span(today, "08:30", today, "09:30")); // awake 120 min this morning, 30 more than usual

        NextNap next = estimator.estimate(sleeps, null, at(today, "09:40"), FOUR_MONTHS, false);
        assertEquals(Duration.ofMinutes(15), next.todayShift());
        assertEquals(1, next.todayWindows());
        assertEquals(at(today, "12:15"), next.likely(), "09:30 + 150 min + 15 min");
    }

    @Test
    void fewWindowsNearThisTimeSayNotEnoughDataInsteadOfGuessing() {
        List<SleepSpan> sleeps = new ArrayList<>();
        for (int d = 1; d <= 2; d++) {
            LocalDate day = LocalDate.of(2026, 3, d);
            sleeps.add(span(day.minusDays(1), "19:30", day, "06:30"));
            sleeps.add(span(day, "08:00", day, "09:00"));
        }
        LocalDate today = LocalDate.of(2026, 3, 3);
        sleeps.add(span(today.minusDays(1), "19:30", today, "06:30"));
        NextNap next = estimator.estimate(sleeps, null, at(today, "07:00"), FOUR_MONTHS, false);
        assertEquals(NextNap.Status.NOT_ENOUGH_DATA, next.status());
        assertEquals(2, next.windowsUsed());
        assertEquals(2, next.daysUsed());
        assertNull(next.likely());
        assertEquals(Duration.ofMinutes(90), next.ageRange().orElseThrow().shortest(), "the age range is still shown");
    }

    @Test
    void aRunningSleepIsNotAskedAboutAndALongGapIsNotAWakeWindow() {
        LocalDate today = LocalDate.of(2026, 3, 3);
        NextNap asleep = estimator.estimate(List.of(), at(today, "13:00"), at(today, "13:20"), FOUR_MONTHS, false);
        assertEquals(NextNap.Status.ASLEEP, asleep.status());
        assertEquals(at(today, "13:00"), asleep.asleepSince());

        List<WakeWindow> windows = WakeWindow.between(List.of(span(today, "06:00", today, "07:00"),
                span(today, "14:00", today, "15:00"), span(today, "16:30", today, "17:00")));
        assertEquals(1, windows.size(), "seven hours between sleeps is a sleep nobody logged");
        assertEquals(Duration.ofMinutes(90), windows.getFirst().length());

        NextNap stale = estimator.estimate(List.of(span(today, "06:00", today, "07:00")), null, at(today, "14:00"),
                FOUR_MONTHS, false);
        assertEquals(NextNap.Status.NOT_ENOUGH_DATA, stale.status(), "no sleep in the last six hours: no idea");
    }

    @Test
    void theClockFaceWrapsAtMidnightAndTheAgeTableUsesWeeks() {
        assertEquals(45, NextNapEstimator.clockDistance(23 * 60 + 30, 15));
        assertEquals(0, NextNapEstimator.clockDistance(0, 1440));
        assertEquals(Duration.ofMinutes(30), AgeWakeRange.forAgeDays(0).orElseThrow().shortest());
        assertEquals(Duration.ofMinutes(60), AgeWakeRange.forAgeDays(5 * 7).orElseThrow().shortest());
        assertEquals(Duration.ofMinutes(240), AgeWakeRange.forAgeDays(365).orElseThrow().longest());
        assertTrue(AgeWakeRange.forAgeDays(57 * 7).isEmpty(), "the published table stops at one year");
    }

    @Test
    void onARhythmTheEstimateBeatsTheAgeRangesMidpoint() {
        // The scored version with figures is the benchmark (-Dbench=nextnap); here one seeded run must
        // at least beat the midpoint, or the estimate would be worse than reading a table.
        NapRhythm rhythm = new NapRhythm(ZURICH, LocalTime.of(6, 30), new int[] {80, 100, 120, 140, 150}, 10, 7);
        NapScore score = NapScore.of(rhythm.days(LocalDate.of(2026, 3, 1), 21), ZURICH, FOUR_MONTHS, 8);
        assertTrue(score.estimateMedianMinutes() < score.midpointMedianMinutes(),
                "estimate " + score.estimateMedianMinutes() + " min vs midpoint " + score.midpointMedianMinutes() + " min");
        assertTrue(score.estimateMedianMinutes() < 15, "a regular baby is predicted within a quarter of an hour: "
                + score.estimateMedianMinutes());
    }

    private static SleepSpan span(LocalDate fromDay, String from, LocalDate untilDay, String until) {
        return new SleepSpan(at(fromDay, from), at(untilDay, until));
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ZURICH).toInstant();
    }
}
