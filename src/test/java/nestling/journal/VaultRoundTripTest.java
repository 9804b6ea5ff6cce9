package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Caregiver;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
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
import nestling.store.EntryQuery;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry type, with every field filled, written to a real vault on disk and read back. */
class VaultRoundTripTest {
    static final char[] PASS = "correct horse battery".toCharArray();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    static VaultOptions fast() {
        return VaultOptions.defaults().withFastKdfForTests();
    }

    @Test
    void everyTypeAndTheFamilySurviveClosingAndReopening() throws Exception {
        TestClock clock = new TestClock(EntryLogTest.berlin("2026-11-21T20:00"), BERLIN);
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        List<Entry> logged = new ArrayList<>();
        Baby ada;
        Caregiver sam;
        try (VaultSession session = VaultSession.create(dir, PASS, fast())) {
            Journal journal = Journal.of(session.database(), clock);
            sam = journal.family().addCaregiver("Sam", "sam@example.org", "#3a7bd5");
            journal.family().setCurrentCaregiver(sam.meta().id());
            ada = journal.family().addBaby("Ada", EntryLogTest.berlin("2026-09-01T04:10"), ZoneOffset.ofHours(2),
                    Sex.FEMALE, new GestationalAge(36, 4));
            ada = journal.family().updateBaby(new Baby(ada.meta(), ada.name(), ada.birthAt(), ada.birthOffset(),
                    ada.sex(), ada.gestation(), photo, false));
            ActivityType swim = journal.family().addActivityType("Swimming", "#00aaff", true);
            UUID id = ada.meta().id();
            Instant t = EntryLogTest.berlin("2026-11-21T00:30");
            for (EntryData data : everyType(swim.meta().id())) {
                Instant end = data.type().span() == EntryType.Span.INSTANT ? null : t.plus(Duration.ofMinutes(25));
                logged.add(journal.entries().log(id, t, end, data));
                t = t.plus(Duration.ofMinutes(30));
            }
            session.flush();
        }
        assertEquals(EnumSet.allOf(EntryType.class), EnumSet.copyOf(logged.stream().map(Entry::type).toList()),
                "the test covers every type");

        try (VaultSession session = VaultSession.unlock(dir, PASS, fast())) {
            Journal journal = Journal.of(session.database(), clock);
            List<Entry> read = journal.entries().list(new EntryQuery(ada.meta().id(),
                    EntryLogTest.berlin("2026-11-21T00:00"), EntryLogTest.berlin("2026-11-22T00:00"), Set.of()));
            assertEquals(logged, read);
            Baby back = journal.family().baby(ada.meta().id()).orElseThrow();
            assertEquals(List.of(ada.meta(), ada.name(), ada.birthAt(), ada.birthOffset(), ada.sex(), ada.gestation()),
                    List.of(back.meta(), back.name(), back.birthAt(), back.birthOffset(), back.sex(), back.gestation()));
            assertArrayEquals(photo, back.photo());
            assertEquals(sam, journal.family().currentCaregiver().orElseThrow());
            assertEquals(List.of("Swimming"), journal.family().activityTypes().stream().map(ActivityType::name).toList());
        }
    }

    static List<EntryData> everyType(UUID activityTypeId) {
        return List.of(
                new EntryData.Breastfeeding(600, 540, Side.RIGHT, 2, 60, "sleepy"),
                new EntryData.Bottle(BottleContent.MIXED, 120, "half formula"),
                new EntryData.Solids(List.of("Carrot", "Pear"), "3 spoons", Reaction.POSSIBLE_ALLERGY, "red cheeks", "first pear"),
                new EntryData.Pumping(80, 65, "evening"),
                new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.BASSINET, "swaddled"),
                new EntryData.Diaper(true, true, false, StoolColour.YELLOW, StoolConsistency.SEEDY, true, "cream applied"),
                new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, "after fever"),
                new EntryData.Temperature(384, TemperatureMethod.RECTAL),
                new EntryData.Growth(5230, 584, LengthPosition.LYING, 392, "clinic"),
                new EntryData.Activity(ActivityKind.SPIT_UP, null, SpitUpSize.MEDIUM, "after the bottle"),
                new EntryData.Activity(ActivityKind.CUSTOM, activityTypeId, null, null),
                new EntryData.Milestone("First smile", "at grandma", new byte[] {1, 2, 3}),
                new EntryData.Note("Ünïcödé and \"quotes\"\nand a new line"));
    }
}
