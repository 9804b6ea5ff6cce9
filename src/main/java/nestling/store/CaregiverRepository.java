package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Caregiver;

/** Caregivers ↔ rows of {@code caregiver}. */
public final class CaregiverRepository {
    private CaregiverRepository() {
    }

    public static void save(Connection connection, Caregiver caregiver) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO caregiver(" + Rows.META_COLUMNS
                + ", name, email, colour) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + Rows.updateAll("updated_at", "deleted", "name", "email", "colour"))) {
            int i = Rows.bindMeta(upsert, 1, caregiver.meta());
            upsert.setString(i, caregiver.name().strip());
            upsert.setString(i + 1, caregiver.email() == null || caregiver.email().isBlank() ? null : caregiver.email().strip());
            upsert.setString(i + 2, caregiver.colour());
            upsert.executeUpdate();
        }
    }

    public static Optional<Caregiver> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM caregiver WHERE id = ?")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(caregiver(rows)) : Optional.empty();
            }
        }
    }

    public static List<Caregiver> all(Connection connection) throws SQLException {
        return all(connection, false);
    }

    /** By name; with {@code includeRemoved} the tombstoned ones too (the entries they logged still name them). */
    public static List<Caregiver> all(Connection connection, boolean includeRemoved) throws SQLException {
        List<Caregiver> caregivers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM caregiver"
                + (includeRemoved ? "" : " WHERE deleted = 0") + " ORDER BY name COLLATE NOCASE");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                caregivers.add(caregiver(rows));
            }
        }
        return caregivers;
    }

    /** The caregiver in the current row of a {@code SELECT * FROM caregiver}, as every query here reads it. */
    public static Caregiver caregiver(ResultSet rows) throws SQLException {
        return new Caregiver(Rows.meta(rows), rows.getString("name"), rows.getString("email"), rows.getString("colour"));
    }
}
