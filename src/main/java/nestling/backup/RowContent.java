package nestling.backup;

import java.util.Base64;
import java.util.List;

/**
 * Comparing two versions of one record: equal content (JSON compared as JSON, so key order and
 * spacing do not count), and which one is newer, with a deterministic tie-break on content when
 * both carry the same {@code updatedAt} (so the outcome never depends on who merges whom).
 */
final class RowContent {
    private RowContent() {
    }

    static boolean same(TableShape shape, Object[] a, Object[] b) {
        List<Column> columns = shape.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == ColumnKind.JSON && a[i] instanceof String x && b[i] instanceof String y
                    && !x.equals(y)) {
                if (!Values.parseJson(x).equals(Values.parseJson(y))) {
                    return false;
                }
            } else if (!BackupMerger.equalValues(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code candidate} should replace {@code current} (they are known to differ). */
    static boolean newer(TableShape shape, Object[] candidate, Object[] current, int updatedIndex) {
        int byTime = Long.compare(Rows.number(candidate[updatedIndex]), Rows.number(current[updatedIndex]));
        if (byTime != 0) {
            return byTime > 0;
        }
        return canonical(shape, candidate).compareTo(canonical(shape, current)) > 0;
    }

    private static String canonical(TableShape shape, Object[] row) {
        StringBuilder out = new StringBuilder();
        List<Column> columns = shape.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            String text;
            if (value == null) {
                text = "\u0000";
            } else if (value instanceof byte[] bytes) {
                text = Base64.getEncoder().encodeToString(bytes);
            } else if (columns.get(i).kind() == ColumnKind.JSON) {
                text = Values.parseJson(value.toString()).toString();
            } else {
                text = value.toString();
            }
            out.append(text).append('\u0001');
        }
        return out.toString();
    }
}
