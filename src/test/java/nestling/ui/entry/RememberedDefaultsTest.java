package nestling.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Meta;
import nestling.domain.Side;
import org.junit.jupiter.api.Test;

/** Which types take values from the last entry, and where a new feed or sleep starts. */
class RememberedDefaultsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");
    private static final UUID ADA = UUID.randomUUID();

    @Test
    void feedsDosesAndTemperaturesRememberTheLastOneOthersDoNot() {
        assertTrue(RememberedDefaults.remembersLast(EntryType.BOTTLE));
        assertTrue(RememberedDefaults.remembersLast(EntryType.MEDICINE));
        assertTrue(RememberedDefaults.remembersLast(EntryType.BREASTFEEDING));
        assertTrue(RememberedDefaults.remembersLast(EntryType.TEMPERATURE));
        assertFalse(RememberedDefaults.remembersLast(EntryType.DIAPER));
        assertFalse(RememberedDefaults.remembersLast(EntryType.SLEEP));
        assertTrue(RememberedDefaults.needsLastEntries(EntryType.SLEEP), "a sleep starts after the last one");
        assertFalse(RememberedDefaults.needsLastEntries(EntryType.NOTE));
    }

    @Test
    void aNewFeedStartsWhenTheLastOneEndedIfThatIsLaterThanItsDefault() {
        Instant defaultStart = NOW.minus(Duration.ofMinutes(15));
        List<Entry> endedFiveMinutesAgo = List.of(feed(NOW.minus(Duration.ofMinutes(40)), NOW.minus(Duration.ofMinutes(5))));
        assertEquals(5L, RememberedDefaults.minutesAgoAfter(endedFiveMinutesAgo, defaultStart, NOW));

        List<Entry> endedAnHourAgo = List.of(feed(NOW.minus(Duration.ofMinutes(90)), NOW.minus(Duration.ofMinutes(60))));
        assertNull(RememberedDefaults.minutesAgoAfter(endedAnHourAgo, defaultStart, NOW), "no overlap: the default stays");

        List<Entry> inTheFuture = List.of(feed(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(30))));
        assertNull(RememberedDefaults.minutesAgoAfter(inTheFuture, defaultStart, NOW), "one logged ahead does not count");
        assertNull(RememberedDefaults.minutesAgoAfter(List.of(), defaultStart, NOW));
    }

    private static Entry feed(Instant start, Instant end) {
        return new Entry(Meta.fresh(start, null), ADA, start, end, ZoneOffset.UTC,
                new EntryData.Breastfeeding(600, 600, Side.LEFT, 1, 0, null));
    }
}
