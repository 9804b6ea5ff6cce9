package nestling.insights;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.SleepKind;

/**
 * One row of the 24-hour protocol (the sleep clinics' "24-Stunden-Protokoll"): a local day with its
 * sleeps as bars and its feeds, diapers, doses and notes as marks, all placed by <em>wall-clock</em>
 * minute (0 to 1440), because a parent reads and writes the form by the clock on the wall.
 *
 * <p>On a day the clocks change the row keeps its 24 columns and {@code hours} says 23 or 25: in
 * spring the hour that did not exist (02:00–03:00 in Europe) stays empty, and a sleep across it is
 * drawn across it; in autumn the repeated hour holds both of its halves on top of each other.
 */
public record ProtocolDay(LocalDate date, int hours, List<Bar> sleeps, List<Mark> marks) {
    public ProtocolDay {
        sleeps = List.copyOf(sleeps);
        marks = List.copyOf(marks);
    }

    /**
     * A sleep, or the part of it on this day, from and to wall-clock minutes ({@code to} may be 1440).
     *
     * @param running the sleep has not ended: its timer still runs and {@code toMinute} is now
     */
    public record Bar(int fromMinute, int toMinute, SleepKind kind, boolean running) {
        /** A sleep that has ended. */
        public Bar(int fromMinute, int toMinute, SleepKind kind) {
            this(fromMinute, toMinute, kind, false);
        }
    }

    /**
     * Something that happened at a wall-clock minute. {@code detail} is the entry's own words, not
     * translated: "L+R" for the breasts given, "120 ml", "Paracetamol 2.5 ml", a note's first line.
     */
    public record Mark(int minute, MarkKind kind, String detail) {
    }

    /** What a mark stands for; a dry diaper is no mark (nothing to see on the form). */
    public enum MarkKind {
        BREAST, BOTTLE, SOLIDS, WET, DIRTY, WET_AND_DIRTY, MEDICINE, NOTE
    }
}
