package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Map;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryRules;
import nestling.domain.EntryType;
import nestling.domain.Problem;
import nestling.domain.Problems;
import nestling.domain.RunningTimer;
import nestling.store.ActivityTypeRepository;
import nestling.store.BabyRepository;
import nestling.store.CaregiverRepository;
import nestling.store.Database;
import nestling.store.EntryRepository;
import nestling.store.Settings;
import nestling.store.TimerRepository;

/**
 * The last step of staging a backup: every record is read back through the very store code the app
 * reads the vault with, and held to the domain's rules for stored records. The JSON checks before
 * it only know columns (a string is a string); this knows that a string must name an entry type, that
 * a bottle holds at most 500 ml, that a timer's kind matches its state. So a backup that imports is
 * one the app can use afterwards. Tombstones are held only to what still matters for them (type
 * known, times in order): a deleted entry's content may already be emptied.
 *
 * <p>A failure names the record by its table key and id and the field as a JSON path, plus the
 * rule's English; never a value, which is family data.
 */
final class StagedRecordChecks {
    /** Form field names of {@link Problems} that name a differently called {@code data} property. */
    private static final Map<String, String> DATA_PROPERTIES = Map.of("amount", "ml", "minInterval",
            "minIntervalMinutes", "temperature", "deciCelsius", "weight", "grams", "length", "lengthMm", "head",
            "headMm", "size", "spitUpSize");
    private static final String UNREADABLE = "cannot be read by this Nestling";

    private StagedRecordChecks() {
    }

    /** Throws {@link BackupProblem#IMPOSSIBLE_VALUE} naming the first record the app could not use. */
    static void check(Database staging) throws BackupException {
        try {
            staging.read(c -> {
                caregivers(c);
                babies(c);
                activityTypes(c);
                entries(c);
                timers(c);
                settings(c);
                return null;
            });
        } catch (WrappedBackupException e) {
            throw e.backupException;
        }
    }

    private static void caregivers(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM caregiver")) {
            while (rows.next()) {
                Caregiver caregiver = decoded(rows, "caregivers", null, CaregiverRepository::caregiver);
                if (!caregiver.meta().deleted()) {
                    refuseProblems(rows, "caregivers", caregiver.problems(), field -> field);
                }
            }
        }
    }

    /** Tombstoned babies too: an entry's check looks its baby up whether or not it was removed. */
    private static void babies(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM baby")) {
            while (rows.next()) {
                flag(rows, "babies", "archived");
                Baby baby = decoded(rows, "babies", () -> offsetOk(rows, "birth_offset") ? "gestationDays" : "birthOffset",
                        BabyRepository::baby);
                if (!baby.meta().deleted()) {
                    refuseProblems(rows, "babies", baby.problems(), field -> field);
                }
            }
        }
    }

    /** Tombstoned types too: old entries still name them, so the app lists removed ones as well. */
    private static void activityTypes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM activity_type")) {
            while (rows.next()) {
                flag(rows, "activityTypes", "timed");
                ActivityType type = decoded(rows, "activityTypes", null, ActivityTypeRepository::type);
                if (!type.meta().deleted()) {
                    refuseProblems(rows, "activityTypes", type.problems(), field -> field);
                }
            }
        }
    }

    private static void entries(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM entry")) {
            while (rows.next()) {
                String typeName = rows.getString("type");
                if (rows.getInt("deleted") != 0) {
                    tombstone(rows, typeName);
                    continue;
                }
                Entry entry = decoded(rows, "entries", () -> entryColumn(rows, typeName), EntryRepository::entry);
                exactType(rows, entry.type(), typeName);
                EntryData data = entry.data();
                refuseProblems(rows, "entries", EntryRules.checkStored(entry), field -> entryPath(data, field));
            }
        }
    }

    /** What a deleted entry must still have: a type and times the queries can use; not its content. */
    private static void tombstone(ResultSet rows, String typeName) throws SQLException {
        EntryType type;
        try {
            type = EntryRepository.type(typeName);
        } catch (RuntimeException e) {
            throw refused(rows, "entries", "type", UNREADABLE);
        }
        exactType(rows, type, typeName);
        if (!offsetOk(rows, "utc_offset")) {
            throw refused(rows, "entries", "utcOffset", UNREADABLE);
        }
        long end = rows.getLong("end_at");
        if (!rows.wasNull() && end < rows.getLong("start_at")) {
            throw refused(rows, "entries", "endAt", nestling.domain.Reason.END_BEFORE_START.english());
        }
    }

    /** The app writes the exact wire name and its queries filter on it: "Bottle " would read but never be found. */
    private static void exactType(ResultSet rows, EntryType type, String typeName) throws SQLException {
        if (!type.wireName().equals(typeName)) {
            throw refused(rows, "entries", "type", UNREADABLE);
        }
    }

    private static void timers(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM timer")) {
            while (rows.next()) {
                String kind = rows.getString("kind");
                if (rows.getInt("deleted") != 0) {
                    // never read again (only running timers are), but its kind must still be one
                    decoded(rows, "timers", () -> "kind", r -> TimerRepository.kind(kind));
                    continue;
                }
                RunningTimer timer = decoded(rows, "timers", () -> kindOk(kind) ? "state" : "kind",
                        TimerRepository::timer);
                // the unique index "one running timer of a kind per baby" is over this column
                if (!timer.kindKey().equals(kind)) {
                    throw refused(rows, "timers", "kind", "does not match the timer's state");
                }
            }
        }
    }

    /** Settings are free-form strings; only those the app parses strictly are checked. */
    private static void settings(Connection c) throws SQLException {
        try {
            Settings.currentCaregiver(c);
        } catch (IllegalArgumentException e) {
            throw new WrappedBackupException(new BackupException(BackupProblem.IMPOSSIBLE_VALUE,
                    "$." + SyncedTables.SETTINGS_KEY + "[\"" + Settings.CURRENT_CAREGIVER + "\"]: " + UNREADABLE));
        }
    }

    /** A 0/1 column the repositories read as {@code != 0}: any other number is no yes or no. */
    private static void flag(ResultSet rows, String key, String column) throws SQLException {
        long value = rows.getLong(column);
        if (value != 0 && value != 1) {
            throw refused(rows, key, Column.camelCase(column), "must be true or false");
        }
    }

    @FunctionalInterface
    private interface RowDecoder<T> {
        T decode(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    private interface Culprit {
        String column() throws SQLException;
    }

    /**
     * The record as the repository decodes it; any failure (an unknown name, JSON of the wrong shape,
     * a value a constructor refuses) means the app could not read it either. {@code culprit} says
     * which field it was (null: the record as a whole).
     */
    private static <T> T decoded(ResultSet rows, String key, Culprit culprit, RowDecoder<T> decoder)
            throws SQLException {
        try {
            return decoder.decode(rows);
        } catch (RuntimeException e) {
            throw refused(rows, key, culprit == null ? null : culprit.column(), UNREADABLE);
        }
    }

    private static String entryColumn(ResultSet rows, String typeName) throws SQLException {
        if (EntryType.fromWireName(typeName).isEmpty()) {
            return "type";
        }
        return offsetOk(rows, "utc_offset") ? "data" : "utcOffset";
    }

    private static boolean offsetOk(ResultSet rows, String column) throws SQLException {
        try {
            ZoneOffset.ofTotalSeconds(rows.getInt(column));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean kindOk(String kind) {
        try {
            TimerRepository.kind(kind);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The JSON path of a rule's field: the times are columns, the rest lives in {@code data}. */
    private static String entryPath(EntryData data, String field) {
        if (field.equals("start") || field.equals("end")) {
            return field + "At";
        }
        String property = DATA_PROPERTIES.getOrDefault(field, field);
        for (var component : data.getClass().getRecordComponents()) {
            if (component.getName().equals(property)) {
                return "data." + property;
            }
        }
        return "data"; // a rule over several fields ("wet, dirty or dry")
    }

    private static void refuseProblems(ResultSet rows, String key, Problems problems,
            java.util.function.UnaryOperator<String> path) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        Map.Entry<String, Problem> first = problems.problems().entrySet().iterator().next();
        throw refused(rows, key, path.apply(first.getKey()), first.getValue().english());
    }

    private static WrappedBackupException refused(ResultSet rows, String key, String field, String why)
            throws SQLException {
        String path = "$." + key + "[id=" + Ids.toText(rows.getBytes("id")) + "]" + (field == null ? "" : "." + field);
        return new WrappedBackupException(new BackupException(BackupProblem.IMPOSSIBLE_VALUE, path + ": " + why));
    }
}
