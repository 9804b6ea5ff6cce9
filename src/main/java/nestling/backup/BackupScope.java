package nestling.backup;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a backup carries: everything (the ordinary backup), or a copy for family: one baby (or all)
 * and the entries that start in {@code [from, until)}. A copy is a normal backup file any Nestling
 * reads; it leaves out what the family did not choose to share: other babies, their entries and
 * timers, deleted records (tombstones) and the remembered names the forms suggest.
 *
 * @param babyId the one baby, or null for all
 * @param from   the first instant whose entries are kept, or null for the first entry
 * @param until  the first instant no longer kept, or null for the last entry
 */
public record BackupScope(UUID babyId, Instant from, Instant until) {
    /** The whole vault, tombstones and all: every backup made before copies existed. */
    public static final BackupScope EVERYTHING = new BackupScope(null, null, null);

    public BackupScope {
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
    }

    public boolean everything() {
        return babyId == null && from == null && until == null;
    }

    /** A SQL condition on one table's rows (without WHERE) and the values it binds, in order. */
    record Condition(String sql, List<Object> values) {
        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
        }
    }

    /** The rows of {@code table} this scope keeps (every row for {@link #EVERYTHING}). */
    Condition condition(String table) {
        if (everything()) {
            return new Condition("1", List.of());
        }
        List<String> parts = new ArrayList<>(List.of("deleted = 0"));
        List<Object> values = new ArrayList<>();
        switch (table) {
            case "baby" -> babyIs("id", parts, values);
            case "entry" -> {
                babyIs("baby_id", parts, values);
                within("start_at", parts, values);
            }
            case "timer" -> {
                babyIs("baby_id", parts, values);
                within("started_at", parts, values);
            }
            // suggestions for typing, from every baby's entries: not part of what is shown
            case "remembered_name" -> parts.add("0");
            default -> {
                // caregivers and activity types: shared by every entry, a handful of rows
            }
        }
        return new Condition(String.join(" AND ", parts), List.copyOf(values));
    }

    private void babyIs(String column, List<String> parts, List<Object> values) {
        if (babyId != null) {
            parts.add(column + " = ?");
            values.add(bytes(babyId));
        }
    }

    private void within(String column, List<String> parts, List<Object> values) {
        if (from != null) {
            parts.add(column + " >= ?");
            values.add(from.toEpochMilli());
        }
        if (until != null) {
            parts.add(column + " < ?");
            values.add(until.toEpochMilli());
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
