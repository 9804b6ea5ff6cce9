package nestling.backup;

import java.util.Locale;

/**
 * How a database column appears in a backup, decided from its name and declared type alone so a
 * new column added by a migration is exported without touching this package: 16-byte ids as UUID
 * strings, the {@code data} column as embedded JSON, other blobs (photos) as base64, the
 * {@code deleted} tombstone as a boolean, numbers and text as themselves.
 */
enum ColumnKind {
    UUID, JSON, BYTES, BOOLEAN, INTEGER, REAL, TEXT;

    static ColumnKind of(String column, String declaredType) {
        String type = declaredType == null ? "" : declaredType.toUpperCase(Locale.ROOT);
        if (type.contains("BLOB")) {
            return isIdName(column) ? UUID : BYTES;
        }
        if (column.equals("deleted")) {
            return BOOLEAN;
        }
        if (type.contains("INT")) {
            return INTEGER;
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return REAL;
        }
        return column.equals("data") ? JSON : TEXT;
    }

    private static boolean isIdName(String column) {
        return column.equals("id") || column.endsWith("_id") || column.equals("created_by")
                || column.endsWith("_by");
    }
}
