package nestling.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The vault's {@code setting} table for callers that hold a {@link Database} rather than a
 * connection inside a transaction (the window's settings): each call is its own read or write.
 */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    public Optional<String> get(String key) {
        return database.read(c -> Settings.get(c, key));
    }

    /** Stores {@code value} under {@code key} in one transaction (the saver then writes the vault). */
    public void put(String key, String value) {
        Objects.requireNonNull(value);
        database.write(c -> {
            Settings.put(c, key, value);
            return null;
        });
    }
}
