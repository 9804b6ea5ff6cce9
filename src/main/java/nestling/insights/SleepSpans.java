package nestling.insights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nestling.domain.EntryRules;
import nestling.domain.SleepKind;
import nestling.store.Rows;

/**
 * Just the times and kind of a baby's live sleeps touching a range: what the sleep pattern of a
 * year needs. The store's general list reads every column and parses each entry's JSON; a year of
 * sleeps is thousands of rows, so this asks SQLite for three values per row instead (the kind is
 * the {@code kind} property of the stored {@code EntryData.Sleep} JSON).
 */
final class SleepSpans {
    record Span(Instant start, Instant end, SleepKind kind) {
    }

    private static final String SQL = "SELECT start_at, end_at, json_extract(data, '$.kind') FROM entry"
            + " WHERE deleted = 0 AND baby_id = ? AND type = 'sleep' AND end_at IS NOT NULL"
            + " AND start_at >= ? AND start_at < ? AND end_at > ? ORDER BY start_at";

    private SleepSpans() {
    }

    static List<Span> list(Connection connection, UUID babyId, Instant from, Instant to) throws SQLException {
        List<Span> spans = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SQL)) {
            query.setBytes(1, Rows.bytes(babyId));
            // A sleep touching the range started at most MAX_DURATION before it: bounds the index scan.
            query.setLong(2, from.toEpochMilli() - EntryRules.MAX_DURATION.toMillis());
            query.setLong(3, to.toEpochMilli());
            query.setLong(4, from.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString(3);
                    spans.add(new Span(Instant.ofEpochMilli(rows.getLong(1)), Instant.ofEpochMilli(rows.getLong(2)),
                            "NIGHT".equals(kind) ? SleepKind.NIGHT : SleepKind.NAP));
                }
            }
        }
        return spans;
    }
}
