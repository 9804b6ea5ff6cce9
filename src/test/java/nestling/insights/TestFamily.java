package nestling.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TemperatureMethod;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.Database;

/**
 * Hand-built days for the insights, report and CLI tests: a real in-memory SQLite database filled
 * through the journal's use cases (so every entry passed the same rules as in the app), with wall
 * clock times in Europe/Berlin. The clock stands in 2027 so no test entry is "in the future".
 */
public final class TestFamily {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T12:00:00Z"), BERLIN);

    public final Database database;
    public final Journal journal;

    public TestFamily(Database database) {
        this.database = database;
        this.journal = Journal.of(database, CLOCK);
    }

    public static TestFamily empty() {
        return new TestFamily(Database.createEmpty());
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    public Baby baby(String name, String birth, Sex sex, GestationalAge gestation) {
        Instant born = at(birth);
        return journal.family().addBaby(name, born, BERLIN.getRules().getOffset(born), sex, gestation);
    }

    public Entry sleep(Baby baby, String from, String to, SleepKind kind) {
        return journal.entries().log(baby.meta().id(), at(from), at(to), new EntryData.Sleep(kind, null, null));
    }

    public Entry bottle(Baby baby, String when, int ml) {
        return journal.entries().log(baby.meta().id(), at(when), null,
                new EntryData.Bottle(BottleContent.FORMULA, ml, null));
    }

    public Entry breast(Baby baby, String from, String to, long leftSeconds, long rightSeconds) {
        return journal.entries().log(baby.meta().id(), at(from), at(to),
                new EntryData.Breastfeeding(leftSeconds, rightSeconds, Side.RIGHT, 1, 0, null));
    }

    public Entry diaper(Baby baby, String when, boolean wet, boolean dirty) {
        return journal.entries().log(baby.meta().id(), at(when), null,
                new EntryData.Diaper(wet, dirty, false, null, null, false, null));
    }

    public Entry medicine(Baby baby, String when, String name, String dose, DoseUnit unit) {
        return journal.entries().log(baby.meta().id(), at(when), null,
                new EntryData.Medicine(name, new BigDecimal(dose), unit, 360, null));
    }

    public Entry temperature(Baby baby, String when, int deciCelsius) {
        return journal.entries().log(baby.meta().id(), at(when), null,
                new EntryData.Temperature(deciCelsius, TemperatureMethod.RECTAL));
    }

    public Entry tummyTime(Baby baby, String from, String to) {
        return journal.entries().log(baby.meta().id(), at(from), at(to),
                new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null));
    }

    public Entry growth(Baby baby, String when, Integer grams, Integer lengthMm, Integer headMm) {
        return journal.entries().log(baby.meta().id(), at(when), null,
                new EntryData.Growth(grams, lengthMm, lengthMm == null ? null : LengthPosition.LYING, headMm, null));
    }

    public Entry note(Baby baby, String when, String text) {
        return journal.entries().log(baby.meta().id(), at(when), null, new EntryData.Note(text));
    }

    public Entry milestone(Baby baby, String when, String title) {
        return journal.entries().log(baby.meta().id(), at(when), null, new EntryData.Milestone(title, null, null));
    }

    public Insights insights() {
        return new Insights(database, BERLIN);
    }

    public UUID id(Baby baby) {
        return baby.meta().id();
    }

    public List<DayTotals> days(Baby baby, String from, String to) {
        return insights().days(baby.meta().id(), java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
    }
}
