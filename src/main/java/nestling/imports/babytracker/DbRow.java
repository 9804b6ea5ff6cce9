package nestling.imports.babytracker;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a table of Baby Tracker's database, by column name in any case (app versions differ). A
 * missing column reads as empty, so an older database simply has less to carry.
 */
record DbRow(String table, Map<String, Object> values) {

    Object raw(String column) {
        return values.get(column.toLowerCase(Locale.ROOT));
    }

    String text(String column) {
        Object v = raw(column);
        return v == null ? "" : v.toString().strip();
    }

    /** A number, or null when empty; a zero means "not given" in Baby Tracker's amount columns. */
    BigDecimal number(String column) {
        Object v = raw(column);
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return v == null || v.toString().isBlank() ? null : new BigDecimal(v.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    BigDecimal positive(String column) {
        BigDecimal n = number(column);
        return n == null || n.signum() <= 0 ? null : n;
    }

    long whole(String column) {
        BigDecimal n = number(column);
        return n == null ? 0 : n.setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    }

    boolean flag(String column) {
        return whole(column) != 0;
    }
}
