package nestling.growth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nestling.domain.Sex;

/**
 * One WHO table, immutable: for each sex a run of consecutive rows from {@code firstKey} on, where a
 * key is an age in days or a length in tenths of a cm (the tables have no gaps, so an array serves).
 */
public final class LmsTable {
    private final WhoTable table;
    private final Map<Sex, Rows> rowsBySex;

    record Rows(int firstKey, Lms[] lms) {
        int lastKey() {
            return firstKey + lms.length - 1;
        }
    }

    LmsTable(WhoTable table, Map<Sex, Rows> rowsBySex) {
        this.table = table;
        this.rowsBySex = new EnumMap<>(rowsBySex);
    }

    public WhoTable table() {
        return table;
    }

    /** The row for an exact key, if the table has one. */
    public Optional<Lms> at(Sex sex, int key) {
        Rows rows = rowsBySex.get(sex);
        if (key < rows.firstKey() || key > rows.lastKey()) {
            return Optional.empty();
        }
        return Optional.of(rows.lms()[key - rows.firstKey()]);
    }

    /**
     * The parameters for a length in cm. Between two 0.1 cm rows L, M and S are each interpolated
     * linearly, as the WHO's anthro package does; outside the table there is none.
     */
    public Optional<Lms> atLength(Sex sex, double cm) {
        double tenths = cm * 10;
        // The epsilon keeps 65.0 from reading as 64.9999999 after the ±0.7 cm adjustment.
        int lower = (int) Math.floor(tenths + 1e-9);
        double fraction = Math.max(0, tenths - lower);
        Optional<Lms> below = at(sex, lower);
        if (below.isEmpty() || fraction < 1e-9) {
            return below;
        }
        return at(sex, lower + 1).map(above -> below.get().towards(above, fraction));
    }

    /** The smallest and largest value on the table's axis (days, or cm), the same for both sexes. */
    public double firstAxisValue(Sex sex) {
        return table.keyToAxisValue(rowsBySex.get(sex).firstKey());
    }

    public double lastAxisValue(Sex sex) {
        return table.keyToAxisValue(rowsBySex.get(sex).lastKey());
    }

    Rows rows(Sex sex) {
        return rowsBySex.get(sex);
    }
}
