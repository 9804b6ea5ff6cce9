package nestling.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Names offered for autocomplete (medicines, foods), most recently used first. */
public final class RememberedNames {
    public static final String MEDICINE = "medicine";
    public static final String FOOD = "food";

    private RememberedNames() {
    }

    /** Remembers {@code name} as used at {@code now}; the same name in another case is the same row. */
    public static void remember(Connection connection, String kind, String name, Instant now, UUID by)
            throws SQLException {
        String clean = name.strip();
        if (clean.isEmpty()) {
            return;
        }
        UUID id = UUID.nameUUIDFromBytes((kind + "\n" + clean.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO remembered_name(id, kind, name,"
                + " last_used_at, created_at, updated_at, created_by, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"
                + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, last_used_at = excluded.last_used_at,"
                + " updated_at = excluded.updated_at, deleted = 0")) {
            Rows.setUuid(upsert, 1, id);
            upsert.setString(2, kind);
            upsert.setString(3, clean);
            upsert.setLong(4, now.toEpochMilli());
            upsert.setLong(5, now.toEpochMilli());
            upsert.setLong(6, now.toEpochMilli());
            Rows.setUuid(upsert, 7, by);
            upsert.executeUpdate();
        }
    }

    /** Names of {@code kind} starting with {@code prefix} (any case), most recently used first. */
    public static List<String> suggest(Connection connection, String kind, String prefix, int limit)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM remembered_name"
                + " WHERE kind = ? AND deleted = 0 AND lower(substr(name, 1, ?)) = lower(?)"
                + " ORDER BY last_used_at DESC LIMIT ?")) {
            query.setString(1, kind);
            query.setInt(2, prefix.length());
            query.setString(3, prefix);
            query.setInt(4, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
