package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Running timers ↔ rows of {@code timer}. The kind column holds {@link RunningTimer#kindKey()}; the
 * state column holds the {@link TimerState} plus the start offset and activity type as JSON. A
 * stopped or discarded timer is tombstoned, which frees its (baby, kind) slot in the unique index.
 */
public final class TimerRepository {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** What the state column holds. */
    record StoredState(TimerState timer, int offsetSeconds, UUID activityTypeId) {
    }

    private TimerRepository() {
    }

    /** Inserts the timer or updates its state; fails on the unique index if its kind already runs. */
    public static void save(Connection connection, RunningTimer timer) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO timer(" + Rows.META_COLUMNS
                + ", baby_id, kind, started_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                + Rows.updateAll("updated_at", "deleted", "state"))) {
            int i = Rows.bindMeta(upsert, 1, timer.meta());
            Rows.setUuid(upsert, i, timer.babyId());
            upsert.setString(i + 1, timer.kindKey());
            Rows.setInstant(upsert, i + 2, timer.startedAt());
            upsert.setString(i + 3, MAPPER.writeValueAsString(
                    new StoredState(timer.state(), timer.offset().getTotalSeconds(), timer.activityTypeId())));
            upsert.executeUpdate();
        }
    }

    public static Optional<RunningTimer> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM timer WHERE id = ? AND deleted = 0")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(timer(rows)) : Optional.empty();
            }
        }
    }

    /** Whether a timer with this id was ever saved (running or stopped): a merged start is not replayed twice. */
    public static boolean isKnown(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM timer WHERE id = ?")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Running timers, of one baby or (null) of all, oldest first. */
    public static List<RunningTimer> running(Connection connection, UUID babyId) throws SQLException {
        String sql = "SELECT * FROM timer WHERE deleted = 0" + (babyId == null ? "" : " AND baby_id = ?")
                + " ORDER BY started_at";
        List<RunningTimer> timers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (babyId != null) {
                Rows.setUuid(query, 1, babyId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    timers.add(timer(rows));
                }
            }
        }
        return timers;
    }

    /**
     * The timer in the current row of a {@code SELECT * FROM timer}, as every query here reads it
     * (also what a backup's records are checked with before they may reach the vault).
     */
    public static RunningTimer timer(ResultSet rows) throws SQLException {
        TimerKind kind = kind(rows.getString("kind"));
        StoredState stored = MAPPER.readValue(rows.getString("state"), StoredState.class);
        return new RunningTimer(Rows.meta(rows), Rows.uuid(rows.getBytes("baby_id")), kind, stored.activityTypeId(),
                Rows.instant(rows, "started_at"), ZoneOffset.ofTotalSeconds(stored.offsetSeconds()), stored.timer());
    }

    /** The kind a stored {@code kind} column names; an IllegalArgumentException when it names none. */
    public static TimerKind kind(String kindKey) {
        return kindKey.startsWith("custom:") ? TimerKind.CUSTOM : TimerKind.valueOf(kindKey.toUpperCase(Locale.ROOT));
    }
}
