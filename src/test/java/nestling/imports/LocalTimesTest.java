package nestling.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nestling.domain.EntryData;
import nestling.domain.SleepKind;
import org.junit.jupiter.api.Test;

/** Local times of imported rows across both DST changes, read as the window reads a typed time. */
class LocalTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static LocalTimes.Resolved resolve(String start, String end) {
        SourceRow row = new SourceRow(new SourceLine("f.csv", 2), "k", null, LocalDateTime.parse(start),
                end == null ? null : LocalDateTime.parse(end), null, new EntryData.Sleep(SleepKind.NAP, null, null));
        return LocalTimes.resolve(row, BERLIN, NOW);
    }

    @Test
    void theSpringGapMovesForwardAndTheAutumnOverlapTakesTheLaterReading() {
        LocalTimes.Resolved gap = resolve("2024-03-31T02:30", null);
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), gap.start());
        assertEquals(ZoneOffset.ofHours(2), gap.offset());
        LocalTimes.Resolved overlap = resolve("2024-10-27T02:30", null);
        assertEquals(Instant.parse("2024-10-27T01:30:00Z"), overlap.start());
        assertEquals(ZoneOffset.ofHours(1), overlap.offset());
    }

    @Test
    void aSpanThatWouldEndBeforeItStartsIsReadInOrder() {
        // 02:40 the first time (CEST) to 02:10 the second time (CET): 30 minutes, not minus 30
        LocalTimes.Resolved nap = resolve("2024-10-27T02:40", "2024-10-27T02:10");
        assertEquals(Instant.parse("2024-10-27T00:40:00Z"), nap.start());
        assertEquals(Instant.parse("2024-10-27T01:10:00Z"), nap.end());
        assertEquals(ZoneOffset.ofHours(2), nap.offset());
    }

    @Test
    void timesWrittenWithAnOffsetAreTakenAsWritten() {
        SourceRow row = new SourceRow(new SourceLine("f.csv", 2), "k", null, LocalDateTime.parse("2024-03-31T01:30"),
                null, ZoneOffset.ofHours(-4), new EntryData.Note("x"));
        LocalTimes.Resolved exact = LocalTimes.resolve(row, BERLIN, NOW);
        assertEquals(Instant.parse("2024-03-31T05:30:00Z"), exact.start());
        assertEquals(ZoneOffset.ofHours(-4), exact.offset());
    }
}
