package nestling.backup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.LengthPosition;
import nestling.domain.Reaction;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.SpitUpSize;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.Tombstones;

/**
 * A family logged through the app's own journal with every entry type and every value of every
 * choice an entry has (each bottle content, sleep place, stool colour, dose unit, …), a custom
 * activity type, a timer of every kind, two babies of both sexes and a tombstone whose content was
 * emptied: what a backup of a long-used vault holds.
 */
final class EveryKindOfEntry {
    private final Database database;
    private final Journal journal;
    private final Instant now;
    private int slot;

    private EveryKindOfEntry(Database database, Clock clock) {
        this.database = database;
        this.journal = Journal.of(database, clock);
        this.now = clock.instant();
    }

    static void log(Database database, Clock clock) {
        new EveryKindOfEntry(database, clock).logAll();
    }

    private void logAll() {
        UUID parent = journal.family().addCaregiver("Samira", "samira@example.org", "#3a7bd5").meta().id();
        journal.family().setCurrentCaregiver(parent);
        journal.family().addCaregiver("Jonas", null, null);
        Baby added = journal.family().addBaby("Ottilie", now.minus(Duration.ofDays(300)), ZoneOffset.ofHours(1),
                Sex.FEMALE, new GestationalAge(39, 2));
        UUID baby = journal.family().updateBaby(new Baby(added.meta(), added.name(), added.birthAt(), added.birthOffset(),
                added.sex(), added.gestation(), new byte[] {1, 2, 3}, false)).meta().id();
        UUID brother = journal.family().addBaby("Emil", now.minus(Duration.ofDays(900)), ZoneOffset.ofHours(2), Sex.MALE,
                null).meta().id();
        UUID swimming = journal.family().addActivityType("Swimming", "#00aa88", true).meta().id();

        for (Side side : Side.values()) {
            timed(baby, Duration.ofMinutes(20), new EntryData.Breastfeeding(600, side == Side.LEFT ? 0 : 300, side, 1, 30, "calm"));
        }
        timed(baby, Duration.ofMinutes(5), new EntryData.Breastfeeding(0, 0, null, 0, 0, null));
        for (BottleContent content : BottleContent.values()) {
            instant(baby, new EntryData.Bottle(content, 120, null));
        }
        instant(baby, new EntryData.Bottle(null, 500, "the whole bottle"));
        for (Reaction reaction : Reaction.values()) {
            instant(baby, new EntryData.Solids(List.of("carrot", "pear"), "2 spoons", reaction,
                    reaction == Reaction.POSSIBLE_ALLERGY ? "red cheeks" : null, null));
        }
        instant(baby, new EntryData.Solids(List.of("banana"), null, null, null, null));
        timed(brother, Duration.ofMinutes(15), new EntryData.Pumping(0, 500, null));
        timed(brother, Duration.ofMinutes(15), new EntryData.Pumping(null, null, "nothing came"));
        for (SleepPlace place : SleepPlace.values()) {
            timed(baby, Duration.ofMinutes(40), new EntryData.Sleep(SleepKind.NAP, place, null));
        }
        timed(baby, Duration.ofHours(9), new EntryData.Sleep(SleepKind.NIGHT, null, "slept through"));
        for (int i = 0; i < StoolColour.values().length; i++) {
            instant(baby, new EntryData.Diaper(i % 2 == 0, true, false, StoolColour.values()[i],
                    StoolConsistency.values()[i], i == 0, null));
        }
        instant(baby, new EntryData.Diaper(true, false, false, null, null, false, null));
        instant(baby, new EntryData.Diaper(false, false, true, null, null, false, "dry"));
        for (DoseUnit unit : DoseUnit.values()) {
            instant(baby, new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), unit, unit == DoseUnit.ML ? 360 : null, null));
        }
        for (TemperatureMethod method : TemperatureMethod.values()) {
            instant(baby, new EntryData.Temperature(376, method));
        }
        instant(baby, new EntryData.Temperature(300, null));
        for (LengthPosition position : LengthPosition.values()) {
            instant(brother, new EntryData.Growth(12_400, 860, position, 480, null));
        }
        instant(baby, new EntryData.Growth(3_450, null, null, null, "at the midwife"));
        for (ActivityKind kind : ActivityKind.values()) {
            UUID type = kind == ActivityKind.CUSTOM ? swimming : null;
            if (kind == ActivityKind.SPIT_UP) {
                for (SpitUpSize size : SpitUpSize.values()) {
                    instant(baby, new EntryData.Activity(kind, null, size, null));
                }
            }
            instant(baby, new EntryData.Activity(kind, type, null, null));
            timed(baby, Duration.ofMinutes(10), new EntryData.Activity(kind, type, null, "with grandma"));
        }
        instant(baby, new EntryData.Milestone("First smile", "at breakfast", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        instant(baby, new EntryData.Milestone("Rolled over", null, null));
        instant(baby, new EntryData.Note("Teething, a restless day."));
        UUID gone = instant(baby, new EntryData.Medicine("Ibuprofen", BigDecimal.ONE, DoseUnit.ML, null, null));
        journal.entries().delete(gone);
        database.write(Tombstones::dropContent); // as after the next unlock: the tombstone's data is "{}"

        journal.timers().start(baby, TimerKind.SLEEP, null, null);
        journal.timers().start(brother, TimerKind.BREASTFEEDING, null, Side.RIGHT);
        journal.timers().start(baby, TimerKind.PUMPING, null, null);
        journal.timers().start(brother, TimerKind.TUMMY_TIME, null, null);
        journal.timers().start(baby, TimerKind.CUSTOM, swimming, null);
    }

    private UUID instant(UUID baby, EntryData data) {
        return journal.entries().log(baby, nextSlot(), null, data).id();
    }

    private void timed(UUID baby, Duration length, EntryData data) {
        Instant start = nextSlot();
        journal.entries().log(baby, start, start.plus(length), data);
    }

    /** Ten hours apart, oldest last: no two timed entries overlap, none lies in the future. */
    private Instant nextSlot() {
        slot++;
        return now.minus(Duration.ofHours(10L * slot));
    }
}
