package nestling.imports.babytracker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nestling.imports.SourceLine;
import nestling.imports.csv.CsvReader;

/**
 * One row of a Baby Tracker CSV. Its column names vary between app versions ("Right Duration (min)",
 * "Right duration (min)", "Duration(minutes)"), so a column is found by the start of its name with case,
 * spaces and punctuation ignored, and its unit is read from the brackets. The row remembers which columns
 * were used: every other non-empty column goes into the entry's notes, so nothing is dropped unseen.
 */
final class BabyTrackerRow {
    private final String category;
    private final SourceLine where;
    private final List<String> names;
    private final List<String> keys;
    private final CsvReader.Record record;
    private final Set<Integer> used = new HashSet<>();

    /** {@code keys}: {@link #keys(List)} of the names, worked out once per file. */
    BabyTrackerRow(String category, SourceLine where, List<String> names, List<String> keys, CsvReader.Record record) {
        this.category = category;
        this.where = where;
        this.names = names;
        this.keys = keys;
        this.record = record;
    }

    static List<String> keys(List<String> names) {
        return names.stream().map(BabyTrackerRow::key).toList();
    }

    String category() {
        return category;
    }

    SourceLine where() {
        return where;
    }

    /** The value of the first column whose name starts with one of {@code prefixes}; "" when none. */
    String get(String... prefixes) {
        int i = index(prefixes);
        return i < 0 ? "" : record.get(i).strip();
    }

    /** The unit in brackets after the column's name ("ml" for "Amount (ml)", "oz" for "Amount (oz.)"); "" when none. */
    String unit(String... prefixes) {
        int i = index(prefixes);
        if (i < 0) {
            return "";
        }
        String name = names.get(i);
        int open = name.lastIndexOf('(');
        int close = name.lastIndexOf(')');
        return open >= 0 && close > open ? BabyTrackerAmounts.unit(name.substring(open + 1, close)) : "";
    }

    /**
     * The value of the column right after the one {@code prefix} finds, when that column has no name: some
     * exports write a medicine's unit there ({@code Amount,,Min interval}); "" when there is no such column.
     */
    String besideUnnamed(String prefix) {
        int i = index(prefix);
        if (i < 0 || i + 1 >= names.size() || !names.get(i + 1).isBlank()) {
            return "";
        }
        used.add(i + 1);
        return record.get(i + 1).strip();
    }

    boolean has(String... prefixes) {
        return index(prefixes) >= 0;
    }

    /** The columns no mapping used, as "Name: value" lines (Baby, Time and Note excepted). */
    List<String> unused() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = keys.get(i);
            String value = record.get(i).strip();
            if (used.contains(i) || value.isEmpty() || key.equals("baby") || key.equals("time") || key.startsWith("note")) {
                continue;
            }
            lines.add(names.get(i).strip() + ": " + value);
        }
        return lines;
    }

    private int index(String... prefixes) {
        for (String prefix : prefixes) {
            String wanted = prefix; // callers pass keys: lower-case letters and digits
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).startsWith(wanted)) {
                    used.add(i);
                    return i;
                }
            }
        }
        return -1;
    }

    /** "Right Duration (min)" → "rightduration": letters and digits only, brackets dropped. */
    static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int open = n.indexOf('(');
        if (open > 0) {
            n = n.substring(0, open);
        }
        return n.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
