package nestling.backup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nestling.store.Database;

/**
 * Test data written with plain SQL: caregivers, babies with photos, entries with JSON data, timers,
 * activity types, settings and tombstones, all from a seed. Every record is one the app can read
 * (an import checks that), shaped as the store writes it.
 */
public final class Family {
    static final String[] TYPES = {"bottle", "sleep", "diaper", "pumping", "medicine"};

    private Family() {
    }

    public record Ids3(List<byte[]> caregivers, List<byte[]> babies, List<byte[]> entries) {
    }

    public static Ids3 fill(Database database, long seed, int entries) {
        Random random = new Random(seed);
        return database.write(c -> {
            List<byte[]> caregivers = new ArrayList<>();
            List<byte[]> babies = new ArrayList<>();
            List<byte[]> entryIds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                byte[] id = id(random);
                caregivers.add(id);
                exec(c, "INSERT INTO caregiver(id, name, email, colour, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?)",
                        id, "Parent " + i, i == 0 ? "p@example.org" : null, "#a0b0c0", 1_700_000_000_000L, 1_700_000_000_000L + i, null, 0);
            }
            for (int i = 0; i < 2; i++) {
                byte[] id = id(random);
                babies.add(id);
                byte[] photo = new byte[64 + random.nextInt(64)];
                random.nextBytes(photo);
                exec(c, "INSERT INTO baby(id, name, birth_at, birth_offset, sex, gestation_days, photo, archived, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        id, i == 0 ? "Ada" : "Ben", 1_690_000_000_000L + i, 3600, i == 0 ? "F" : "M", 270 + i, photo, 0,
                        1_700_000_000_000L, 1_700_000_000_000L, caregivers.get(0), 0);
            }
            for (int i = 0; i < entries; i++) {
                entryIds.add(insertEntry(c, random, babies.get(random.nextInt(babies.size())), caregivers.get(random.nextInt(2)),
                        random.nextInt(10) == 0));
            }
            exec(c, "INSERT INTO activity_type(id, name, colour, timed, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?)",
                    id(random), "Tummy time", "#00ff00", 1, 1_700_000_000_000L, 1_700_000_000_000L, caregivers.get(0), 0);
            exec(c, "INSERT INTO timer(id, baby_id, kind, started_at, state, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?)",
                    id(random), babies.get(0), "sleep", 1_700_000_100_000L, timerState(1_700_000_100_000L), 1_700_000_100_000L, 1_700_000_100_000L, caregivers.get(0), 0);
            exec(c, "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", "units.volume", "ml");
            exec(c, "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", "reminder.backupDays", "7");
            return new Ids3(caregivers, babies, entryIds);
        });
    }

    static byte[] insertEntry(Connection c, Random random, byte[] baby, byte[] caregiver, boolean deleted) throws SQLException {
        byte[] id = id(random);
        long start = 1_700_000_000_000L + random.nextInt(1_000_000) * 1000L;
        String type = TYPES[random.nextInt(TYPES.length)];
        int amount = 1 + random.nextInt(250);
        String notes = "\"notes\":\"n" + random.nextInt(1000) + " é ü \\\"q\\\"\"";
        String data = switch (type) {
            case "bottle" -> "{\"content\":\"FORMULA\",\"ml\":" + amount + "," + notes + "}";
            case "sleep" -> "{\"kind\":\"" + (amount % 2 == 0 ? "NAP" : "NIGHT") + "\",\"place\":null," + notes + "}";
            case "diaper" -> "{\"wet\":true,\"dirty\":" + (amount % 2 == 0) + ",\"dry\":false,\"rash\":false," + notes + "}";
            case "pumping" -> "{\"leftMl\":" + amount + ",\"rightMl\":null," + notes + "}";
            default -> "{\"name\":\"Paracetamol\",\"dose\":2.5,\"unit\":\"ML\",\"minIntervalMinutes\":" + (240 + amount)
                    + "," + notes + "}";
        };
        random.nextBoolean(); // was: whether it has an end (kept so a seed gives the same records as before)
        boolean timed = type.equals("sleep") || type.equals("pumping");
        exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                id, baby, type, start, timed ? start + 600_000 : null, 3600, data, start, start + random.nextInt(5000),
                caregiver, deleted ? 1 : 0);
        return id;
    }

    /** The {@code timer.state} JSON of a timer running since {@code startedAt}, as the store writes it. */
    static String timerState(long startedAt) {
        return "{\"timer\":{\"side\":null,\"segmentStartMs\":" + startedAt + ",\"pausedAtMs\":null,\"leftMs\":0,"
                + "\"rightMs\":0,\"otherMs\":0,\"pausedMs\":0,\"sideSwitches\":0},\"offsetSeconds\":3600,"
                + "\"activityTypeId\":null}";
    }

    static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static byte[] id(Random random) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return id;
    }

    /** The database's records and shared settings as backup JSON without the header (for comparing states). */
    public static String content(Database database) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupWriter.write(database, Instant.EPOCH, "00000000-0000-0000-0000-000000000000", out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (BackupException e) {
            throw new AssertionError(e);
        }
    }

    /** Everything including this laptop's bookkeeping: for "nothing changed" checks. */
    public static String everything(Database database) {
        return content(database) + database.read(c -> {
            StringBuilder out = new StringBuilder();
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append('=').append(rows.getString(2)).append('\n');
                }
            }
            return out.toString();
        });
    }

    static byte[] plainJsonOrThrow(Database database) throws BackupException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter.write(database, Instant.parse("2026-11-26T12:00:00Z"), MergePoints.vaultId(database), out);
        return out.toByteArray();
    }

    static byte[] plainJson(Database database) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BackupWriter.write(database, Instant.parse("2026-11-26T12:00:00Z"), MergePoints.vaultId(database), out);
        } catch (BackupException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
