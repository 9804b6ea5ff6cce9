package nestling.insights;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.EntryType;

/**
 * One row of a days × 24 h chart: blocks placed by elapsed minutes since the day's start, so a DST
 * day is 1380 or 1500 minutes wide and a block never jumps when the clock does. An instant event
 * (a bottle, a diaper) is a block with {@code endMinute == startMinute}.
 */
public record DayPattern(LocalDate date, int dayMinutes, List<Block> blocks) {
    public DayPattern {
        blocks = List.copyOf(blocks);
    }

    /**
     * @param label a short detail for hover text and legends: "night", "nap", "120 ml", "L+R"
     */
    public record Block(int startMinute, int endMinute, EntryType type, String label) {
    }
}
