package nestling.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The quick path reads exactly the common shape and leaves everything else to the format's formatter. */
class PlainTimesTest {
    @Test
    void readsMinutesAndSecondsWithASpaceOrAT() {
        assertEquals(LocalDateTime.of(2024, 3, 10, 14, 5), PlainTimes.parse("2024-03-10 14:05"));
        assertEquals(LocalDateTime.of(2024, 3, 10, 14, 5, 30), PlainTimes.parse("2024-03-10T14:05:30"));
        assertEquals(LocalDateTime.of(2024, 12, 31, 23, 59, 59), PlainTimes.parse("2024-12-31 23:59:59"));
    }

    @Test
    void leavesOtherShapesAndImpossibleTimesToTheFormatter() {
        for (String other : new String[] {"", "2024-03-10", "2024-03-10 1:05", "24-03-10 14:05", "2024-03-10 14:05:3",
                "2024-03-10 14:05:30.5", "2024-03-10T14:05:30-05:00", "2024-02-30 10:00", "2024-03-10 24:00",
                "2024-3-10 14:05", "2024-03-1x 14:05", "2024/03/10 14:05", "2024-03-10 14-05"}) {
            assertNull(PlainTimes.parse(other), other);
        }
    }
}
