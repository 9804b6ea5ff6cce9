package nestling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();

    private static Entry entry(UUID baby, Instant start, Instant end, EntryData data) {
        return new Entry(Meta.fresh(NOW, null), baby, start, end, ZoneOffset.ofHours(1), data);
    }

    private static Map<String, String> problems(EntryData data) {
        return EntryRules.check(entry(ADA, NOW.minusSeconds(60), null, data), NOW, List.of()).byField();
    }

    private static Entry sleep(UUID baby, String from, String to) {
        return entry(baby, Instant.parse(from), Instant.parse(to), new EntryData.Sleep(SleepKind.NAP, null, null));
    }

    @Test
    void endBeforeStartIsRefused() {
        Entry entry = sleep(ADA, "2026-11-20T10:00:00Z", "2026-11-20T09:00:00Z");
        assertEquals(Map.of("end", "The end is before the start."), EntryRules.check(entry, NOW, List.of()).byField());
    }

    @Test
    void fiveMinutesAheadIsStillNowButSixIsTheFuture() {
        Entry ahead = entry(ADA, NOW.plus(Duration.ofMinutes(5)), null, new EntryData.Note("x"));
        assertTrue(EntryRules.check(ahead, NOW, List.of()).isEmpty());
        Entry future = entry(ADA, NOW.plus(Duration.ofMinutes(6)), null, new EntryData.Note("x"));
        assertEquals("The start is in the future.", EntryRules.check(future, NOW, List.of()).message("start"));
        Entry endsLater = sleep(ADA, "2026-11-20T11:00:00Z", "2026-11-20T12:06:00Z");
        assertEquals("The end is in the future.", EntryRules.check(endsLater, NOW, List.of()).message("end"));
    }

    @Test
    void timedTypesNeedAnEndAndInstantOnesMustNotHaveOne() {
        Entry open = entry(ADA, NOW.minusSeconds(600), null, new EntryData.Sleep(SleepKind.NAP, null, null));
        assertEquals("Give the end time.", EntryRules.check(open, NOW, List.of()).message("end"));
        Entry note = entry(ADA, NOW.minusSeconds(600), NOW, new EntryData.Note("x"));
        assertEquals("This kind of entry has a time, not an end.", EntryRules.check(note, NOW, List.of()).message("end"));
        Entry forgotten = sleep(ADA, "2026-11-18T10:00:00Z", "2026-11-20T11:00:00Z");
        assertTrue(EntryRules.check(forgotten, NOW, List.of()).message("end").contains("timer left running"));
    }

    @Test
    void overlappingSleepsOfOneBabyAreRefusedButTwinsMaySleepTogether() {
        Entry first = sleep(ADA, "2026-11-20T08:00:00Z", "2026-11-20T09:00:00Z");
        Entry overlapping = sleep(ADA, "2026-11-20T08:30:00Z", "2026-11-20T09:30:00Z");
        assertEquals("This sleep overlaps another sleep of the same baby.",
                EntryRules.check(overlapping, NOW, List.of(first)).message("start"));
        Entry twin = sleep(BEN, "2026-11-20T08:30:00Z", "2026-11-20T09:30:00Z");
        assertTrue(EntryRules.check(twin, NOW, List.of(first)).isEmpty());
        Entry touching = sleep(ADA, "2026-11-20T09:00:00Z", "2026-11-20T10:00:00Z");
        assertTrue(EntryRules.check(touching, NOW, List.of(first)).isEmpty(), "back to back is not an overlap");
        assertTrue(EntryRules.check(first, NOW, List.of(first)).isEmpty(), "an edited entry does not overlap itself");
    }

    @Test
    void overlappingFeedsAreRefusedButAFeedDuringASleepIsNot() {
        Entry feed = entry(ADA, Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:20:00Z"),
                new EntryData.Breastfeeding(600, 600, Side.RIGHT, 1, 0, null));
        Entry second = feed.withMeta(Meta.fresh(NOW, null)).withTimes(Instant.parse("2026-11-20T08:10:00Z"),
                Instant.parse("2026-11-20T08:30:00Z"), ZoneOffset.UTC);
        assertEquals("This feed overlaps another feed of the same baby.",
                EntryRules.check(second, NOW, List.of(feed)).message("start"));
        Entry sleep = sleep(ADA, "2026-11-20T08:05:00Z", "2026-11-20T08:15:00Z");
        assertTrue(EntryRules.check(sleep, NOW, List.of(feed)).isEmpty());
    }

    @Test
    void plausibleBoundsAreInclusive() {
        assertTrue(problems(new EntryData.Bottle(BottleContent.FORMULA, 500, null)).isEmpty());
        assertEquals(Map.of("amount", "A bottle of more than 500 ml (16.9 fl oz) is not plausible."),
                problems(new EntryData.Bottle(BottleContent.FORMULA, 501, null)));
        assertTrue(problems(new EntryData.Temperature(300, TemperatureMethod.RECTAL)).isEmpty());
        assertTrue(problems(new EntryData.Temperature(450, null)).isEmpty());
        assertEquals("The temperature must be between 30 and 45 °C (86 and 113 °F).",
                problems(new EntryData.Temperature(299, null)).get("temperature"));
        assertEquals("The temperature must be between 30 and 45 °C (86 and 113 °F).",
                problems(new EntryData.Temperature(451, null)).get("temperature"));
        assertTrue(problems(new EntryData.Growth(35_000, null, null, null, null)).isEmpty());
        assertEquals("A weight over 35 kg (77 lb) is not plausible.",
                problems(new EntryData.Growth(35_001, null, null, null, null)).get("weight"));
    }

    @Test
    void missingFieldsEachGetTheirOwnMessage() {
        assertEquals(Map.of("name", "Name the medicine.", "dose", "Give the dose.", "unit", "Give the unit of the dose."),
                problems(new EntryData.Medicine(" ", null, null, null, null)));
        assertEquals(Map.of("amount", "Give the amount."),
                problems(new EntryData.Bottle(null, null, null)));
        assertEquals("Say whether the diaper was wet, dirty or dry.",
                problems(new EntryData.Diaper(false, false, false, null, null, false, null)).get("contents"));
        assertEquals("Write the note.", problems(new EntryData.Note("")).get("text"));
        assertEquals("Name at least one food.", problems(new EntryData.Solids(List.of(), null, null, null, null)).get("foods"));
        assertEquals("Describe the possible allergic reaction.", problems(new EntryData.Solids(List.of("egg"), null,
                Reaction.POSSIBLE_ALLERGY, null, null)).get("allergyNote"));
        assertEquals("Give at least one of weight, length or head circumference.",
                problems(new EntryData.Growth(null, null, null, null, null)).get("measurements"));
        assertEquals("Give the milestone a title.", problems(new EntryData.Milestone(null, null, null)).get("title"));
        assertEquals("Pick one of your own activities.",
                problems(new EntryData.Activity(ActivityKind.CUSTOM, null, null, null)).get("kind"));
    }

    @Test
    void aValidationExceptionCarriesEveryFieldInOrder() {
        Problems problems = EntryRules.check(entry(ADA, NOW.plus(Duration.ofHours(1)), null,
                new EntryData.Bottle(null, 900, null)), NOW, List.of());
        // (a bottle without content is fine: "a bottle" is all a tired parent may say)
        ValidationException refused = assertThrows(ValidationException.class, problems::throwIfAny);
        assertEquals(List.of("start", "amount"), List.copyOf(refused.byField().keySet()));
    }

    @Test
    void derivedValues() {
        // The next feed starts on the other breast than this one STARTED on (left, then right: right next).
        assertEquals(Side.RIGHT, new EntryData.Breastfeeding(300, 400, Side.RIGHT, 1, 0, null).nextSide());
        assertEquals(Side.RIGHT, new EntryData.Breastfeeding(300, 0, Side.LEFT, 0, 0, null).nextSide());
        assertEquals(Side.LEFT, new EntryData.Breastfeeding(300, 400, Side.RIGHT, 2, 0, null).nextSide());
        assertEquals(Side.RIGHT, new EntryData.Breastfeeding(300, 400, Side.RIGHT, 0, 0, null).nextSide(),
                "both sides had time: it switched at least once");
        assertEquals(Side.LEFT, new EntryData.Breastfeeding(0, 0, null, 0, 0, null).nextSide(), "unknown: left");
        assertEquals(SleepKind.NIGHT, SleepKind.suggestedFor(LocalTime.of(19, 0)));
        assertEquals(SleepKind.NIGHT, SleepKind.suggestedFor(LocalTime.of(2, 30)));
        assertEquals(SleepKind.NAP, SleepKind.suggestedFor(LocalTime.of(6, 0)));
        assertEquals(SleepKind.NAP, SleepKind.suggestedFor(LocalTime.of(13, 15)));
        Entry dose = entry(ADA, NOW, null, new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null));
        assertEquals(NOW.plus(Duration.ofHours(6)), dose.nextDoseFrom().orElseThrow());
        assertNull(entry(ADA, NOW, null, new EntryData.Note("x")).nextDoseFrom().orElse(null));
    }
}
