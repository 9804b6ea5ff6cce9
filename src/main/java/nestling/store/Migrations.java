package nestling.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered SQL migrations in {@code resources/nestling/store/db/}: {@code V<n>__<what>.sql}. The
 * schema version is SQLite's {@code user_version}. Each migration runs inside the caller's
 * transaction, so a failed one leaves the previous version intact.
 */
public final class Migrations {
    /** In order; the position + 1 is the version each one produces. */
    private static final List<String> FILES = List.of("V1__initial.sql", "V2__timers.sql", "V3__journal.sql",
            "V4__entry_listing.sql", "V5__compact_entries.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    static int schemaVersion(Connection connection) throws SQLException {
        return Integer.parseInt(Database.single(connection, "PRAGMA user_version"));
    }

    /** Applies migrations up to {@code target}; the caller provides the transaction. */
    static void apply(Connection connection, int target) throws SQLException {
        int current = schemaVersion(connection);
        for (int version = current + 1; version <= target; version++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(load(FILES.get(version - 1)))) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + version);
            }
        }
    }

    private static String load(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("db/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a migration into statements: comments dropped, statements end with ';' at a line end,
     * except a trigger, whose body holds statements of its own: it ends at a line reading "END;".
     */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        java.util.ArrayList<String> statements = new java.util.ArrayList<>();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER");
            if (inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
