package nestling.ui.history;

import nestling.store.EntryKeys;

/**
 * The keys of all entries with their search texts side by side (null for an entry deleted since
 * the keys were read): made once per reload, then every keystroke is one pass over an array.
 */
public record SearchIndex(EntryKeys keys, SearchTexts.Text[] texts) {
}
