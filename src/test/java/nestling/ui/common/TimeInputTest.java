package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nestling.ui.common.TimeInput.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeInputTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TimeInput at(String localNow, ZoneId zone) {
        Instant now = ZonedDateTime.of(java.time.LocalDateTime.parse(localNow), zone).toInstant();
        return new TimeInput(Clock.fixed(now, zone));
    }

    private static String local(TimeInput.Result result, ZoneId zone) {
        assertNull(result.problem(), "problem");
        return result.instant().atZone(zone).toLocalDateTime().toString() + " " + result.instant().atZone(zone).getOffset();
    }

    @ParameterizedTest(name = "{0} at 2026-11-20T15:00 Berlin -> {1}")
    @CsvSource(delimiter = '|', value = {
        "now             | 2026-11-20T15:00 +01:00",
        "  NOW           | 2026-11-20T15:00 +01:00",
        "jetzt           | 2026-11-20T15:00 +01:00",
        "14:30           | 2026-11-20T14:30 +01:00",
        "9:05            | 2026-11-20T09:05 +01:00",
        "14.30           | 2026-11-20T14:30 +01:00",
        "2:30p           | 2026-11-20T14:30 +01:00",
        "2:30 pm         | 2026-11-20T14:30 +01:00",
        "2:30 PM         | 2026-11-20T14:30 +01:00",
        "2:30 p.m.       | 2026-11-20T14:30 +01:00",
        "2pm             | 2026-11-20T14:00 +01:00",
        "12:10 am        | 2026-11-20T00:10 +01:00",
        "12:10 pm        | 2026-11-20T12:10 +01:00",
        "14 uhr          | 2026-11-20T14:00 +01:00",
        "-15m            | 2026-11-20T14:45 +01:00",
        "-15 min         | 2026-11-20T14:45 +01:00",
        "-1h             | 2026-11-20T14:00 +01:00",
        "-1h 30m         | 2026-11-20T13:30 +01:00",
        "-1h30m ago      | 2026-11-20T13:30 +01:00",
        "-90 minutes     | 2026-11-20T13:30 +01:00",
        "yesterday 22:10 | 2026-11-19T22:10 +01:00",
        "gestern 22:10   | 2026-11-19T22:10 +01:00",
        "yesterday 10:10 pm | 2026-11-19T22:10 +01:00",
        "today 08:00     | 2026-11-20T08:00 +01:00",
        "2026-11-20 08:15 | 2026-11-20T08:15 +01:00",
        "2026-07-01 08:15 | 2026-07-01T08:15 +02:00",
        "15:04           | 2026-11-20T15:04 +01:00",
        "15:30           | 2026-11-19T15:30 +01:00",
        "23:50           | 2026-11-19T23:50 +01:00",
    })
    void readsWhatParentsType(String typed, String expected) {
        assertEquals(expected, local(at("2026-11-20T15:00", BERLIN).parse(typed), BERLIN));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "''              | EMPTY",
        "'   '           | EMPTY",
        "banana          | NOT_A_TIME",
        "7               | NOT_A_TIME",
        "14:3            | NOT_A_TIME",
        "+15m            | NOT_A_TIME",
        "-15x            | NOT_A_TIME",
        "yesterday       | NOT_A_TIME",
        "25:00           | NO_SUCH_TIME",
        "14:60           | NO_SUCH_TIME",
        "13:00 pm        | NO_SUCH_TIME",
        "0:30 am         | NO_SUCH_TIME",
        "2026-02-30 08:00 | NO_SUCH_TIME",
        "2026-13-01 08:00 | NO_SUCH_TIME",
        "1999-01-01 08:00 | TOO_FAR_BACK",
        "-99999999m      | TOO_FAR_BACK",
    })
    void saysWhatIsWrongWithNonsense(String typed, Problem problem) {
        TimeInput.Result result = at("2026-11-20T15:00", BERLIN).parse(typed);
        assertFalse(result.ok());
        assertEquals(problem, result.problem());
    }

    @Test
    void nullIsEmpty() {
        assertEquals(Problem.EMPTY, at("2026-11-20T15:00", BERLIN).parse(null).problem());
    }

    @Test
    void justAfterMidnightALateTimeMeansYesterday() {
        assertEquals("2026-11-19T23:50 +01:00", local(at("2026-11-20T00:10", BERLIN).parse("23:50"), BERLIN));
        assertEquals("2026-11-20T00:12 +01:00", local(at("2026-11-20T00:10", BERLIN).parse("0:12"), BERLIN),
                "a few minutes ahead is still now");
    }

    @Test
    void relativeTimesCountRealMinutesOverTheSpringGap() {
        // 29 March 2026: Berlin jumps from 02:00 to 03:00. At 03:10 CEST, 15 minutes ago is 01:55 CET.
        TimeInput input = at("2026-03-29T03:10", BERLIN);
        assertEquals("2026-03-29T01:55 +01:00", local(input.parse("-15m"), BERLIN));
        assertEquals("2026-03-29T01:10 +01:00", local(input.parse("-1h"), BERLIN));
    }

    @Test
    void aTimeInTheSpringGapMovesForward() {
        assertEquals("2026-03-29T03:30 +02:00", local(at("2026-03-29T12:00", BERLIN).parse("2:30"), BERLIN));
    }

    @Test
    void inTheAutumnOverlapTheLaterTimeWinsUnlessItIsInTheFuture() {
        // 25 October 2026: Berlin goes from 03:00 CEST back to 02:00 CET; 02:30 happens twice.
        Instant secondPass = ZonedDateTime.ofStrict(java.time.LocalDateTime.parse("2026-10-25T02:40"),
                java.time.ZoneOffset.ofHours(1), BERLIN).toInstant();
        TimeInput late = new TimeInput(Clock.fixed(secondPass, BERLIN));
        assertEquals("2026-10-25T02:30 +01:00", local(late.parse("2:30"), BERLIN));
        Instant firstPass = ZonedDateTime.ofStrict(java.time.LocalDateTime.parse("2026-10-25T02:40"),
                java.time.ZoneOffset.ofHours(2), BERLIN).toInstant();
        TimeInput early = new TimeInput(Clock.fixed(firstPass, BERLIN));
        assertEquals("2026-10-25T02:30 +02:00", local(early.parse("2:30"), BERLIN));
        assertEquals("2026-10-25T01:40 +02:00", local(late.parse("-2h"), BERLIN), "two real hours back");
    }

    @Test
    void yesterdayAcrossTheSpringChangeIsTheWallTime() {
        assertEquals("2026-03-28T22:10 +01:00", local(at("2026-03-29T08:00", BERLIN).parse("yesterday 22:10"), BERLIN));
    }

    @Test
    void worksInOtherZones() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals("2026-11-20T14:30 -05:00", local(at("2026-11-20T15:00", newYork).parse("2:30p"), newYork));
    }

    @ParameterizedTest(name = "what the window shows in {0} reads back to the same minute")
    @CsvSource({"en", "en-GB", "en-US", "de", "de-DE"})
    void readsBackTheDateAndTimeTheWindowShows(String tag) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
        Instant now = ZonedDateTime.of(java.time.LocalDateTime.parse("2026-11-20T15:00"), BERLIN).toInstant();
        TimeInput input = new TimeInput(Clock.fixed(now, BERLIN), locale);
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("nestling.ui.messages", locale);
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, locale);
        try {
            Formats formats = new Formats(bundle, BERLIN);
            for (String at : java.util.List.of("2026-03-12T22:10", "2026-11-20T08:05", "2025-12-31T00:45")) {
                Instant shown = ZonedDateTime.of(java.time.LocalDateTime.parse(at), BERLIN).toInstant();
                String text = formats.dateTime(shown);
                TimeInput.Result read = input.parse(text);
                assertEquals(shown, read.instant(), text + " in " + tag);
                assertEquals(shown, input.parse(text.replace('\u202f', ' ').toLowerCase(locale)).instant(),
                        "typed with plain spaces and small letters: " + text);
            }
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Test
    void readsNumericDatesInTheLocalesOrder() {
        Instant now = ZonedDateTime.of(java.time.LocalDateTime.parse("2026-11-20T15:00"), BERLIN).toInstant();
        assertEquals("2026-03-12T22:10 +01:00", local(new TimeInput(Clock.fixed(now, BERLIN),
                java.util.Locale.UK).parse("12/3/2026 22:10"), BERLIN));
        assertEquals("2026-12-03T22:10 +01:00", local(new TimeInput(Clock.fixed(now, BERLIN),
                java.util.Locale.US).parse("12/3/2026 10:10 pm"), BERLIN));
        assertEquals("2026-03-12T22:10 +01:00", local(new TimeInput(Clock.fixed(now, BERLIN),
                java.util.Locale.GERMAN).parse("12.3.2026 22:10"), BERLIN));
        assertEquals(Problem.NOT_A_TIME, new TimeInput(Clock.fixed(now, BERLIN), java.util.Locale.GERMAN)
                .parse("12.3.2026 soon").problem());
    }

    @Test
    void saysWhenATimeIsSkippedOrDoubled() {
        TimeInput.Result gap = at("2026-03-29T12:00", BERLIN).parse("2:30");
        assertEquals(true, gap.shift().gap());
        assertEquals(java.time.LocalDateTime.parse("2026-03-29T02:30"), gap.shift().typed());
        assertEquals(java.util.List.of(gap.instant()), gap.shift().choices());
        TimeInput.Result twice = at("2026-10-25T12:00", BERLIN).parse("2:30");
        assertFalse(twice.shift().gap());
        assertEquals("2026-10-25T02:30 +02:00", local(new TimeInput.Result(twice.shift().choices().get(0), null), BERLIN));
        assertEquals("2026-10-25T02:30 +01:00", local(new TimeInput.Result(twice.shift().choices().get(1), null), BERLIN));
        assertNull(at("2026-10-25T12:00", BERLIN).parse("4:30").shift(), "a plain time");
    }
}
