package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.ActivityType;

/** User-defined activity types ↔ rows of {@code activity_type}. */
public final class ActivityTypeRepository {
    private ActivityTypeRepository() {
    }

    public static void save(Connection connection, ActivityType type) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO activity_type(" + Rows.META_COLUMNS
                + ", name, colour, timed) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + Rows.updateAll("updated_at", "deleted", "name", "colour", "timed"))) {
            int i = Rows.bindMeta(upsert, 1, type.meta());
            upsert.setString(i, type.name().strip());
            upsert.setString(i + 1, type.colour());
            upsert.setInt(i + 2, type.timed() ? 1 : 0);
            upsert.executeUpdate();
        }
    }

    public static Optional<ActivityType> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM activity_type WHERE id = ?")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(type(rows)) : Optional.empty();
            }
        }
    }

    public static List<ActivityType> all(Connection connection) throws SQLException {
        return all(connection, false);
    }

    /** By name; with {@code includeRemoved} the tombstoned ones too (old entries still name them). */
    public static List<ActivityType> all(Connection connection, boolean includeRemoved) throws SQLException {
        List<ActivityType> types = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM activity_type"
                + (includeRemoved ? "" : " WHERE deleted = 0") + " ORDER BY name COLLATE NOCASE");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                types.add(type(rows));
            }
        }
        return types;
    }

    /** The activity type in the current row of a {@code SELECT * FROM activity_type}, as every query here reads it. */
    public static ActivityType type(ResultSet rows) throws SQLException {
        return new ActivityType(Rows.meta(rows), rows.getString("name"), rows.getString("colour"),
                rows.getInt("timed") != 0);
    }
}
