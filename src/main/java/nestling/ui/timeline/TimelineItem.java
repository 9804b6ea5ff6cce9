package nestling.ui.timeline;

import nestling.domain.Entry;
import nestling.domain.EntryType;

/**
 * One entry as the day's strip shows it: minutes elapsed since the day's start (a DST day has 1380
 * or 1500), cut to the day. {@code block} entries (sleep, feeds, pumping, timed activities) are
 * drawn as blocks whose edges can be dragged; the rest are marks at their start.
 */
public record TimelineItem(Entry entry, double startMinute, double endMinute, boolean block, boolean startsBefore,
        boolean endsAfter) {

    public EntryType type() {
        return entry.type();
    }

    /** The CSS class of the kind colour, e.g. "kind-sleep". */
    public String kindClass() {
        return "kind-" + type().wireName();
    }

    /** Which lane of the strip: 0 sleep, 1 feeds, 2 everything else. */
    public int lane() {
        return switch (type()) {
            case SLEEP -> 0;
            case BREASTFEEDING, BOTTLE, SOLIDS, PUMPING -> 1;
            default -> 2;
        };
    }
}
