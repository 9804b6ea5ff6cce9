package nestling.growth;

import java.util.EnumMap;
import java.util.Map;

/**
 * The six WHO tables, read once. {@link #load()} parses the bundled resources and returns an
 * immutable instance; callers keep it (there is deliberately no static cache) and share it freely
 * between threads.
 */
public final class WhoStandards {
    private final Map<WhoTable, LmsTable> tables;

    private WhoStandards(Map<WhoTable, LmsTable> tables) {
        this.tables = tables;
    }

    /** Reads all six tables from the app's resources (a few milliseconds; do it once). */
    public static WhoStandards load() {
        Map<WhoTable, LmsTable> tables = new EnumMap<>(WhoTable.class);
        for (WhoTable table : WhoTable.values()) {
            tables.put(table, LmsTableReader.read(table));
        }
        return new WhoStandards(tables);
    }

    public LmsTable table(WhoTable table) {
        return tables.get(table);
    }
}
