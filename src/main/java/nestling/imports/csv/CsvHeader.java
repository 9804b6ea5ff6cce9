package nestling.imports.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A header record's column names, looked up without regard to case or surrounding spaces (exports differ
 * between versions in both). Lets a format read "the Start column" rather than "field 1", and notice a
 * column that a newer export added in the middle.
 */
public final class CsvHeader {
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> names;
    /** Each column name as a format asks for it → its index (-1: none): a format asks the same few names per row. */
    private final Map<String, Integer> asked = new HashMap<>();

    public CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            indexes.putIfAbsent(key(names.get(i)), i);
        }
    }

    public static CsvHeader of(CsvReader.Record header) {
        return new CsvHeader(header.fields());
    }

    public List<String> names() {
        return names;
    }

    public boolean has(String column) {
        return indexes.containsKey(key(column));
    }

    /** True when every one of {@code columns} is present (how a format recognises its own export). */
    public boolean hasAll(List<String> columns) {
        return columns.stream().allMatch(this::has);
    }

    public Optional<Integer> index(String column) {
        return Optional.ofNullable(indexes.get(key(column)));
    }

    /** The record's value in {@code column}, trimmed; "" when the column or the value is missing. */
    public String get(CsvReader.Record record, String column) {
        int i = asked.computeIfAbsent(column, c -> indexes.getOrDefault(key(c), -1));
        return i < 0 ? "" : record.get(i).strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
