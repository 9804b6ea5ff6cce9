package nestling.ui.today;

import java.util.List;
import nestling.reminders.Reminder;

/**
 * Which calling reminders get a card on Today. At most {@link #ROWS} rows, so the quick logs below
 * stay on screen at 640 px: every card while there are that many or fewer, else the first ones (the
 * order puts warnings first) and a row "+N more" that opens the rest.
 *
 * @param cards the reminders drawn as cards, in order
 * @param hidden how many more the "+N more" row stands for (0: no such row)
 */
record ShownReminders(List<Reminder> cards, int hidden) {
    /** Three cards of one line each fit above the quick logs at 1024x640, in German too. */
    static final int ROWS = 3;

    ShownReminders {
        cards = List.copyOf(cards);
    }

    /** True when a row "+N more" or, once opened, "Show fewer" goes below the cards. */
    boolean foldable() {
        return hidden > 0 || cards.size() > ROWS;
    }

    /** @param expanded the parent asked to see them all */
    static ShownReminders of(List<Reminder> calling, boolean expanded) {
        if (expanded || calling.size() <= ROWS) {
            return new ShownReminders(calling, 0);
        }
        return new ShownReminders(calling.subList(0, ROWS - 1), calling.size() - (ROWS - 1));
    }
}
