package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;

/** Babies ↔ rows of {@code baby}. Gestation is stored as total days, sex as the WHO letter F/M. */
public final class BabyRepository {
    private static final String COLUMNS = "name, birth_at, birth_offset, sex, gestation_days, photo, archived";

    private BabyRepository() {
    }

    /** Inserts the baby, or replaces the stored one with the same id. */
    public static void save(Connection connection, Baby baby) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO baby(" + Rows.META_COLUMNS + ", "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + Rows.updateAll("updated_at", "deleted", "name", "birth_at", "birth_offset", "sex", "gestation_days",
                        "photo", "archived"))) {
            int i = Rows.bindMeta(upsert, 1, baby.meta());
            upsert.setString(i, baby.name().strip());
            upsert.setLong(i + 1, baby.birthAt().toEpochMilli());
            upsert.setInt(i + 2, baby.birthOffset().getTotalSeconds());
            if (baby.sex() == null) {
                upsert.setNull(i + 3, Types.VARCHAR);
            } else {
                upsert.setString(i + 3, baby.sex() == Sex.FEMALE ? "F" : "M");
            }
            if (baby.gestation() == null) {
                upsert.setNull(i + 4, Types.INTEGER);
            } else {
                upsert.setInt(i + 4, baby.gestation().totalDays());
            }
            upsert.setBytes(i + 5, baby.photo());
            upsert.setInt(i + 6, baby.archived() ? 1 : 0);
            upsert.executeUpdate();
        }
    }

    public static Optional<Baby> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM baby WHERE id = ?")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(baby(rows)) : Optional.empty();
            }
        }
    }

    /** Live babies by birth, oldest first; archived ones only when asked for. */
    public static List<Baby> all(Connection connection, boolean includeArchived) throws SQLException {
        String sql = "SELECT * FROM baby WHERE deleted = 0" + (includeArchived ? "" : " AND archived = 0")
                + " ORDER BY birth_at, name";
        List<Baby> babies = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                babies.add(baby(rows));
            }
        }
        return babies;
    }

    /** The baby in the current row of a {@code SELECT * FROM baby}, as every query here reads it. */
    public static Baby baby(ResultSet rows) throws SQLException {
        String sex = rows.getString("sex");
        int gestationDays = rows.getInt("gestation_days");
        GestationalAge gestation = rows.wasNull() ? null : new GestationalAge(gestationDays / 7, gestationDays % 7);
        return new Baby(Rows.meta(rows), rows.getString("name"), Rows.instant(rows, "birth_at"),
                ZoneOffset.ofTotalSeconds(rows.getInt("birth_offset")),
                sex == null ? null : sex.equals("F") ? Sex.FEMALE : Sex.MALE, gestation, rows.getBytes("photo"),
                rows.getInt("archived") != 0);
    }
}
