package nestling.backup;

/** One column of a synced table: its SQL name, its name in the backup (camelCase) and its kind. */
record Column(String sqlName, String jsonName, ColumnKind kind, boolean notNull) {

    static Column of(String sqlName, String declaredType, boolean notNull) {
        return new Column(sqlName, camelCase(sqlName), ColumnKind.of(sqlName, declaredType), notNull);
    }

    static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
