package nestling.ui.history;

import nestling.store.EntryKeys;
import nestling.store.EntrySelection;

/**
 * What the History's table pages through: every entry a filter matches, by position. Without
 * search words that is a count and pages read by position in the store; with them, the keys the
 * search kept, whose rows are read by id.
 */
public sealed interface HistoryListing {
    HistoryListing EMPTY = new Found(EntryKeys.EMPTY);

    int size();

    /** The store's selection, counted: a page is the selection's entries at some positions. */
    record Counted(EntrySelection selection, int size) implements HistoryListing {
    }

    /** The keys a search kept, newest first. */
    record Found(EntryKeys keys) implements HistoryListing {
        @Override
        public int size() {
            return keys.size();
        }
    }
}
