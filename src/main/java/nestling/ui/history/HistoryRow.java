package nestling.ui.history;

import nestling.domain.Entry;

/** One line of the History: the entry and its texts, made in the background so that cells only read strings. */
public record HistoryRow(Entry entry, String baby, String type, String summary, String by) {
}
