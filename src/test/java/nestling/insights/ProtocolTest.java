package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.DoseUnit;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.insights.ProtocolDay.Bar;
import nestling.insights.ProtocolDay.Mark;
import nestling.insights.ProtocolDay.MarkKind;
import org.junit.jupiter.api.Test;

/** Rows of the 24-hour protocol computed by hand, in Europe/Berlin (clocks change 2026-03-29 and 2026-10-25). */
class ProtocolTest {
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, null);
    private final Protocol protocol = new Protocol(family.insights());

    private List<ProtocolDay> days(String from, String to) {
        return protocol.days(ada.meta().id(), LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aNightOverMidnightAndTheSpringForwardNightAreSplitByTheWallClock() {
        family.sleep(ada, "2026-03-27T13:00", "2026-03-27T14:30", SleepKind.NAP);
        family.sleep(ada, "2026-03-27T20:00", "2026-03-28T06:00", SleepKind.NIGHT);
        // Over midnight and over the hour that does not exist (02:00 to 03:00): 8.5 h on the wall, 7.5 h slept.
        family.sleep(ada, "2026-03-28T21:30", "2026-03-29T06:30", SleepKind.NIGHT);
        family.breast(ada, "2026-03-29T06:40", "2026-03-29T07:00", 600, 600);
        family.bottle(ada, "2026-03-29T10:15", 120);
        family.diaper(ada, "2026-03-29T07:05", true, false);
        family.diaper(ada, "2026-03-29T11:00", true, true);
        family.medicine(ada, "2026-03-29T08:00", "Paracetamol", "2.50", DoseUnit.ML);
        family.note(ada, "2026-03-29T19:00", "Teething, I think\nsecond line");

        List<ProtocolDay> rows = days("2026-03-27", "2026-03-29");
        assertEquals(List.of(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29")),
                rows.stream().map(ProtocolDay::date).toList(), "oldest first, one row per day");
        assertEquals(List.of(new Bar(13 * 60, 14 * 60 + 30, SleepKind.NAP), new Bar(20 * 60, 1440, SleepKind.NIGHT)),
                rows.get(0).sleeps());
        assertEquals(List.of(new Bar(0, 6 * 60, SleepKind.NIGHT), new Bar(21 * 60 + 30, 1440, SleepKind.NIGHT)),
                rows.get(1).sleeps());
        assertEquals(List.of(new Bar(0, 6 * 60 + 30, SleepKind.NIGHT)), rows.get(2).sleeps());
        assertEquals(24, rows.get(1).hours());
        assertEquals(23, rows.get(2).hours());
        assertEquals(List.of(new Mark(6 * 60 + 40, MarkKind.BREAST, "L+R"), new Mark(7 * 60 + 5, MarkKind.WET, ""),
                new Mark(8 * 60, MarkKind.MEDICINE, "Paracetamol 2.5 ml"), new Mark(10 * 60 + 15, MarkKind.BOTTLE, "120 ml"),
                new Mark(11 * 60, MarkKind.WET_AND_DIRTY, ""), new Mark(19 * 60, MarkKind.NOTE, "Teething, I think")),
                rows.get(2).marks());
        assertEquals(List.of(), rows.get(0).marks());
    }

    @Test
    void theAutumnNightKeepsTheRepeatedHourOnA25HourRow() {
        // 2026-10-25: 03:00 summer time becomes 02:00 again; 00:30 to 05:00 on the wall is 5.5 h slept.
        family.sleep(ada, "2026-10-24T20:00", "2026-10-25T05:00", SleepKind.NIGHT);
        family.bottle(ada, "2026-10-25T04:00", 150);
        List<ProtocolDay> rows = days("2026-10-24", "2026-10-25");
        assertEquals(List.of(new Bar(20 * 60, 1440, SleepKind.NIGHT)), rows.get(0).sleeps());
        assertEquals(List.of(new Bar(0, 5 * 60, SleepKind.NIGHT)), rows.get(1).sleeps());
        assertEquals(25, rows.get(1).hours());
        assertEquals(List.of(new Mark(4 * 60, MarkKind.BOTTLE, "150 ml")), rows.get(1).marks());
    }

    @Test
    void aSleepStillRunningIsDrawnUpToNowOverMidnightAndTheSpringForwardHour() {
        family.sleep(ada, "2026-03-28T13:00", "2026-03-28T14:00", SleepKind.NAP);
        java.time.Clock evening = java.time.Clock.fixed(TestFamily.at("2026-03-28T21:30"), TestFamily.BERLIN);
        nestling.journal.Journal.of(family.database, evening).timers().start(ada.meta().id(),
                nestling.domain.TimerKind.SLEEP, null, null);
        List<ProtocolDay> rows = protocol.days(ada.meta().id(), LocalDate.parse("2026-03-28"),
                LocalDate.parse("2026-03-29"), TestFamily.at("2026-03-29T03:30")); // 5 h asleep, 6 h on the wall
        assertEquals(List.of(new Bar(13 * 60, 14 * 60, SleepKind.NAP), new Bar(21 * 60 + 30, 1440, SleepKind.NIGHT, true)),
                rows.get(0).sleeps());
        assertEquals(List.of(new Bar(0, 3 * 60 + 30, SleepKind.NIGHT, true)), rows.get(1).sleeps());
        assertEquals(List.of(new Bar(13 * 60, 14 * 60, SleepKind.NAP)), days("2026-03-28", "2026-03-29").get(0).sleeps(),
                "without a now: the form as logged");
    }
}
