package nestling.imports.babytracker;

import nestling.imports.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nestling.imports.ImportFormatException;
import nestling.imports.RefusedRow;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceLine;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import org.sqlite.SQLiteConnection;

/**
 * Baby Tracker's backup database, {@code EasyLog.db}, opened from its bytes in an in-memory SQLite (as the
 * vault's own database is: nothing is written to disk). Tables of babies (Baby), activities (Nursing,
 * Formula, Pumped, Pump, OtherFeed, Diaper, Sleep, Growth, Temperature, Medicine, Vaccine, Milestone,
 * OtherActivity, Bath, Joy, Journal, Sick, Allergen, DoctorVisit, HealthQuestion) and the selection tables
 * they name their kinds by. Times are Unix seconds (UTC), so each row's offset is known exactly.
 */
final class BabyTrackerDatabase {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private BabyTrackerDatabase() {
    }

    static SourceReading read(byte[] image, Function<String, byte[]> pictures, SourceAnswers answers)
            throws ImportFormatException {
        if (image.length < 100 || !Arrays.equals(Arrays.copyOf(image, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
            throw new ImportFormatException("The backup's EasyLog.db is not a database: export the backup from "
                    + "Baby Tracker again.");
        }
        // A database in WAL mode cannot be opened from memory; its header says "legacy journal" from here on.
        image[18] = 1;
        image[19] = 1;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA temp_store = MEMORY");
            }
            connection.unwrap(SQLiteConnection.class).deserialize("main", image);
            try (Statement s = connection.createStatement()) {
                // The file comes from outside: its schema's functions are not trusted, and nothing is written.
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA query_only = ON");
            }
            Map<String, List<DbRow>> tables = readTables(connection);
            if (!tables.containsKey("baby")) {
                throw new ImportFormatException("The backup's database has no Baby table: it is not Baby Tracker's.");
            }
            return map(tables, pictures, answers);
        } catch (SQLException e) {
            throw new ImportFormatException("The backup's EasyLog.db is damaged and cannot be read: export the "
                    + "backup from Baby Tracker again.", e);
        }
    }

    private static Map<String, List<DbRow>> readTables(Connection connection) throws SQLException,
            ImportFormatException {
        try (Statement s = connection.createStatement();
                ResultSet check = s.executeQuery("PRAGMA quick_check")) {
            if (!check.next() || !"ok".equalsIgnoreCase(check.getString(1))) {
                throw new ImportFormatException("The backup's EasyLog.db is damaged: export the backup from "
                        + "Baby Tracker again.");
            }
        }
        Set<String> wanted = new HashSet<>(BabyTrackerTables.TABLES);
        wanted.addAll(BabyTrackerTables.LOOKUPS);
        wanted.add("baby");
        wanted.add("picture");
        List<String> present = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet names = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (names.next()) {
                String name = names.getString(1);
                if (wanted.contains(name.toLowerCase(Locale.ROOT))) {
                    present.add(name);
                }
            }
        }
        Map<String, List<DbRow>> tables = new HashMap<>();
        for (String table : present) {
            String key = table.toLowerCase(Locale.ROOT);
            List<DbRow> rows = new ArrayList<>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        values.put(meta.getColumnName(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                    }
                    rows.add(new DbRow(key, values));
                }
            }
            tables.put(key, rows);
        }
        return tables;
    }

    private static LocalDate birthDate(java.math.BigDecimal dob, SourceAnswers answers) {
        try {
            return dob == null ? null : Instant.ofEpochSecond(dob.longValue()).atZone(answers.zone()).toLocalDate();
        } catch (java.time.DateTimeException e) {
            return null; // a birth date no app could have written: the parent gives it when mapping
        }
    }

    private static SourceReading map(Map<String, List<DbRow>> tables, Function<String, byte[]> pictures,
            SourceAnswers answers) {
        Map<String, SourceBaby> babies = new LinkedHashMap<>();
        String youngest = null;
        LocalDate youngestBirth = null;
        for (DbRow baby : tables.get("baby")) {
            String id = baby.text("ID");
            if (id.isEmpty()) {
                continue;
            }
            String name = baby.text("Name").isEmpty() ? "Baby " + (babies.size() + 1) : baby.text("Name");
            var dob = baby.number("DOB");
            LocalDate birth = birthDate(dob, answers);
            babies.put(id, new SourceBaby(id, name, birth));
            if (youngest == null || (birth != null && (youngestBirth == null || birth.isAfter(youngestBirth)))) {
                youngest = id;
                youngestBirth = birth;
            }
        }
        var mapper = new BabyTrackerTables(tables, pictures, answers, youngest);
        List<SourceRow> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (String table : BabyTrackerTables.TABLES) {
            int n = 0;
            for (DbRow row : tables.getOrDefault(table, List.of())) {
                n++;
                // A database row has no line: its place in its table stands in for one.
                var where = new SourceLine("EasyLog.db: " + BabyTrackerTables.display(table), n);
                try {
                    rows.addAll(mapper.map(row, where));
                } catch (Refusal e) {
                    refused.add(new RefusedRow(where, e));
                } catch (ArithmeticException | java.time.DateTimeException e) {
                    refused.add(new RefusedRow(where, RefusalReason.OUT_OF_RANGE));
                }
            }
        }
        return new SourceReading(List.copyOf(babies.values()), rows, refused);
    }
}
