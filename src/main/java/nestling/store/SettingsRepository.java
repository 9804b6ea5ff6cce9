package nestling.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** The vault's {@code setting} table: small key/value preferences that travel with the family's data. */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                query.setString(1, key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Stores {@code value} under {@code key} in one transaction (the saver then writes the vault). */
    public void put(String key, String value) {
        Objects.requireNonNull(value);
        database.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                return upsert.executeUpdate();
            }
        });
    }
}
