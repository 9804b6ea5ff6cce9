package nestling.imports;

import nestling.domain.EntryData;
import nestling.domain.Side;

/**
 * A breastfeed as sources write it: seconds per side, and the sides it started or finished on when the
 * source records them. Shared by every format, so that a feed whose side order is unknown is read the
 * same way whichever app it came from.
 */
public final class Nursing {
    /** Added to a feed's notes when both sides have time and nothing says which came first. */
    public static final String ORDER_NOT_RECORDED = "Side order not recorded";

    private Nursing() {
    }

    /**
     * The side it ended on is {@code finishSide} when the source says; else the other side than it started
     * on when both sides have time (right when the start is unknown too, with {@link #ORDER_NOT_RECORDED}
     * in the notes), else the only side with time. Both sides with time count one switch.
     *
     * @param notes the source's notes, or null
     */
    public static EntryData.Breastfeeding breastfeeding(long leftSeconds, long rightSeconds, Side startSide,
            Side finishSide, String notes) {
        boolean both = leftSeconds > 0 && rightSeconds > 0;
        Side last = finishSide;
        if (last == null) {
            if (both) {
                last = startSide == null ? Side.RIGHT : startSide.other();
            } else if (leftSeconds > 0) {
                last = Side.LEFT;
            } else if (rightSeconds > 0) {
                last = Side.RIGHT;
            } else {
                last = startSide;
            }
        }
        if (both && startSide == null && finishSide == null) {
            notes = new Notes().add(notes).add(ORDER_NOT_RECORDED).text();
        }
        return new EntryData.Breastfeeding(leftSeconds, rightSeconds, last, both ? 1 : 0, 0, notes);
    }
}
