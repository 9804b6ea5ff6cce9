package nestling.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
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
import nestling.store.EntryJson;
import nestling.store.EntryRepository;
import nestling.store.Settings;
import nestling.store.TimerRepository;

/**
 * The last step of staging a backup: every record is read back through the very store code the app
 * reads the vault with, and held to the domain's rules for stored records. The JSON checks before
 * it only know columns (a string is a string); this knows that a string must name an entry type, that
 * a bottle holds at most 500 ml, that a timer's kind matches its state. So a backup that imports is
 * one the app can use afterwards. Tombstones are held only to what still matters for them (type
 * known, times in order): a deleted entry's content may already be emptied. The entries are most of
 * the work: the rules that need no decoding run as one query each, and equal data is decoded once.
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
                types(c);
                owners(c, "entries", "entry");
                owners(c, "timers", "timer");
                deletedEntries(c);
                return null;
            });
            liveEntries(staging);
            staging.read(c -> {
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

    /** Above this many entries the live ones are decoded in two halves on two threads. */
    static final int PARALLEL_FROM = 20_000;

    /**
     * Every live entry through the app's own decoder and rules: most of the check's time (about
     * 0.6 s at 200k entries), so a large table is split by id into two halves decoded at once, one
     * on a second connection to the staging database (sharing its pages: a copy was 40 MB more at
     * 200k). Of two refusals the one of the smaller id is reported, so the answer does not depend on
     * which thread finished first.
     */
    private static void liveEntries(Database staging) throws BackupException {
        long count = staging.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM entry")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        if (count < PARALLEL_FROM) {
            rethrow(liveEntries(staging, ""));
            return;
        }
        try (Database second = staging.secondReader()) {
            BackupException[] upper = new BackupException[1];
            RuntimeException[] crashed = new RuntimeException[1];
            Thread other = Thread.ofPlatform().name("backup-check").start(() -> {
                try {
                    upper[0] = liveEntries(second, " AND id >= x'80'");
                } catch (RuntimeException e) {
                    crashed[0] = e;
                }
            });
            BackupException lower = liveEntries(staging, " AND id < x'80'");
            nestling.util.Threads.joinUninterruptibly(other);
            if (crashed[0] != null) {
                throw crashed[0];
            }
            rethrow(lower != null ? lower : upper[0]);
        }
    }

    private static BackupException liveEntries(Database database, String half) {
        try {
            database.read(c -> {
                DataOnce data = new DataOnce();
                try (Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT * FROM entry WHERE deleted = 0" + half + " ORDER BY id")) {
                    while (rows.next()) {
                        Entry entry = decoded(rows, "entries", () -> entryColumn(rows), r -> EntryRepository.entry(r, data));
                        refuseProblems(rows, "entries", EntryRules.checkStored(entry), field -> entryPath(entry.data(), field));
                    }
                }
                return null;
            });
            return null;
        } catch (WrappedBackupException e) {
            return e.backupException;
        }
    }

    private static void rethrow(BackupException refusal) throws BackupException {
        if (refusal != null) {
            throw refusal;
        }
    }

    /**
     * Every entry and timer, deleted or not, names a baby the backup holds (babies are never erased,
     * only marked deleted): one naming no baby would be imported with none, and listed as nobody's.
     */
    private static void owners(Connection c, String key, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT id FROM " + table + " WHERE baby_id NOT IN (SELECT id FROM baby) LIMIT 1")) {
            if (rows.next()) {
                throw refused(rows, key, "babyId", "names a baby the backup does not hold");
            }
        }
    }

    /** What a deleted entry must still have: times the queries can use; not its content (it may be emptied). */
    private static void deletedEntries(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT id FROM entry WHERE deleted <> 0 AND end_at < start_at LIMIT 1")) {
            if (rows.next()) {
                throw refused(rows, "entries", "endAt", nestling.domain.Reason.END_BEFORE_START.english());
            }
        }
    }

    /**
     * Every entry, deleted or not, names a type by its exact wire name: the app writes it so and its
     * queries filter on it ("Bottle " would decode, but no list of bottles would find it).
     */
    private static void types(Connection c) throws SQLException {
        StringBuilder names = new StringBuilder();
        for (EntryType type : EntryType.values()) {
            names.append(names.isEmpty() ? "" : ", ").append('\'').append(type.wireName()).append('\'');
        }
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT id FROM entry WHERE type NOT IN (" + names + ") LIMIT 1")) {
            if (rows.next()) {
                throw refused(rows, "entries", "type", UNREADABLE);
            }
        }
    }

    /**
     * {@link EntryJson#read}, once per distinct (type, JSON text): families log the same bottle and
     * diaper again and again. Records are immutable, so rows with equal text can share one. Holds at
     * most {@link #LIMIT} texts (a file of all-different notes just decodes each).
     */
    private static final class DataOnce implements BiFunction<EntryType, String, EntryData> {
        private static final int LIMIT = 50_000;
        private final Map<EntryType, Map<String, EntryData>> known = new EnumMap<>(EntryType.class);
        private int size;

        @Override
        public EntryData apply(EntryType type, String json) {
            Map<String, EntryData> ofType = known.computeIfAbsent(type, t -> new HashMap<>());
            EntryData data = ofType.get(json);
            if (data == null) {
                data = EntryJson.read(type, json);
                DataAsWritten.check(json, data);
                if (size < LIMIT) {
                    ofType.put(json, data);
                    size++;
                }
            }
            return data;
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
        } catch (DataAsWritten.Changed e) {
            throw refused(rows, key, e.field, e.why);
        } catch (RuntimeException e) {
            throw refused(rows, key, culprit == null ? null : culprit.column(), UNREADABLE);
        }
    }

    /** The type is known by now (see {@link #types}): the offset or else the data. */
    private static String entryColumn(ResultSet rows) throws SQLException {
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
