package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Reaction;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.SpitUpSize;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import org.junit.jupiter.api.Test;

/** The data column leaves out what was not given, and reads back exactly what was written. */
class EntryJsonTest {
    private static final List<EntryData> SAMPLES = List.of(
            new EntryData.Breastfeeding(600, 0, Side.LEFT, 0, 0, null),
            new EntryData.Breastfeeding(300, 420, Side.RIGHT, 3, 60, "sleepy"),
            new EntryData.Bottle(BottleContent.FORMULA, 120, null),
            new EntryData.Bottle(BottleContent.BREAST_MILK, 0, "refused it"),
            new EntryData.Solids(List.of("carrot", "apple"), "2 spoons", Reaction.LIKED, null, null),
            new EntryData.Pumping(80, null, null),
            new EntryData.Sleep(SleepKind.NAP, SleepPlace.CRIB, null),
            new EntryData.Diaper(true, false, false, null, null, false, null),
            new EntryData.Diaper(false, true, false, StoolColour.YELLOW, StoolConsistency.SEEDY, true, "a little red"),
            new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null),
            new EntryData.Temperature(376, TemperatureMethod.ARMPIT),
            new EntryData.Growth(4200, 540, LengthPosition.LYING, null, null),
            new EntryData.Activity(ActivityKind.CUSTOM, UUID.fromString("0b5c7f52-8a4a-4c5e-9d43-6c1d2e3f4a5b"), null, null),
            new EntryData.Activity(ActivityKind.SPIT_UP, null, SpitUpSize.SMALL, null),
            new EntryData.Milestone("First smile", "at grandma", new byte[] {1, 2, 3}),
            new EntryData.Note("n"));

    @Test
    void everyTypeReadsBackAsWritten() {
        for (EntryData data : SAMPLES) {
            String json = EntryJson.write(data);
            EntryData read = EntryJson.read(data.type(), json);
            // records with a byte[] compare it by identity: compare what they write instead
            assertEquals(json, EntryJson.write(read), json);
            if (!(data instanceof EntryData.Milestone)) {
                assertEquals(data, read, json);
            }
        }
    }

    @Test
    void nullsAndPrimitiveZerosAreLeftOutButAGivenZeroAmountStays() {
        assertEquals("{\"wet\":true}", EntryJson.write(new EntryData.Diaper(true, false, false, null, null, false, null)));
        assertEquals("{\"leftSeconds\":600,\"lastSide\":\"LEFT\"}",
                EntryJson.write(new EntryData.Breastfeeding(600, 0, Side.LEFT, 0, 0, null)));
        assertEquals("{\"content\":\"BREAST_MILK\",\"ml\":0}", EntryJson.write(new EntryData.Bottle(BottleContent.BREAST_MILK, 0, null)),
                "0 ml was given: it is not the same as no amount");
    }

    @Test
    void dataWrittenWithEveryFieldSpelledOutStillReadsTheSame() {
        // how version 0.1 wrote it, and how older vaults and backups hold it
        assertEquals(new EntryData.Diaper(true, false, false, null, null, false, null), EntryJson.read(
                nestling.domain.EntryType.DIAPER,
                "{\"wet\":true,\"dirty\":false,\"dry\":false,\"stoolColour\":null,\"consistency\":null,\"rash\":false,\"notes\":null}"));
    }
}
