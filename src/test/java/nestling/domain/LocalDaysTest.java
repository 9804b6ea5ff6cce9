package nestling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDaysTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void springForwardDayHas23HoursAndAutumnBackDay25() {
        assertEquals(Duration.ofHours(23), LocalDays.length(LocalDate.parse("2026-03-29"), BERLIN));
        assertEquals(Duration.ofHours(25), LocalDays.length(LocalDate.parse("2026-10-25"), BERLIN));
        assertEquals(Duration.ofHours(24), LocalDays.length(LocalDate.parse("2026-11-20"), BERLIN));
        assertEquals(berlin("2026-10-26T00:00"), LocalDays.end(LocalDate.parse("2026-10-25"), BERLIN));
    }

    @Test
    void aSleepAcrossMidnightBelongsToBothDaysInProportion() {
        Map<LocalDate, Duration> expected = new LinkedHashMap<>();
        expected.put(LocalDate.parse("2026-11-20"), Duration.ofMinutes(150));
        expected.put(LocalDate.parse("2026-11-21"), Duration.ofMinutes(130));
        assertEquals(expected, LocalDays.split(berlin("2026-11-20T21:30"), berlin("2026-11-21T02:10"), BERLIN));
    }

    @Test
    void aNightAcrossTheAutumnChangeCountsTheRepeatedHour() {
        // 22:00 on the 24th to 06:00 on the 25th: 2 h on the first day, 7 h on the second (02:00-03:00 twice).
        Map<LocalDate, Duration> parts = LocalDays.split(berlin("2026-10-24T22:00"), berlin("2026-10-25T06:00"), BERLIN);
        assertEquals(Duration.ofHours(2), parts.get(LocalDate.parse("2026-10-24")));
        assertEquals(Duration.ofHours(7), parts.get(LocalDate.parse("2026-10-25")));
    }

    @Test
    void aNightAcrossTheSpringChangeLosesAnHour() {
        Map<LocalDate, Duration> parts = LocalDays.split(berlin("2026-03-28T22:00"), berlin("2026-03-29T06:00"), BERLIN);
        assertEquals(Duration.ofHours(2), parts.get(LocalDate.parse("2026-03-28")));
        assertEquals(Duration.ofHours(5), parts.get(LocalDate.parse("2026-03-29")));
    }

    @Test
    void withinGivesThePartOfOneDayAndZeroOutside() {
        Instant from = berlin("2026-11-20T21:30");
        Instant to = berlin("2026-11-22T01:00");
        assertEquals(Duration.ofMinutes(150), LocalDays.within(from, to, LocalDate.parse("2026-11-20"), BERLIN));
        assertEquals(Duration.ofHours(24), LocalDays.within(from, to, LocalDate.parse("2026-11-21"), BERLIN));
        assertEquals(Duration.ofHours(1), LocalDays.within(from, to, LocalDate.parse("2026-11-22"), BERLIN));
        assertEquals(Duration.ZERO, LocalDays.within(from, to, LocalDate.parse("2026-11-23"), BERLIN));
        assertEquals(3, LocalDays.split(from, to, BERLIN).size());
    }
}
