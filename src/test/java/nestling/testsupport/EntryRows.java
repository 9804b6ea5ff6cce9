package nestling.testsupport;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rows of the {@code entry} table written with plain SQL, shaped like the ones the journal writes
 * (16-byte UUIDs, epoch-ms instants, the type's fields as JSON), for tests and benchmarks that need
 * realistic data without depending on the journal.
 */
public final class EntryRows {
    private static final String INSERT = "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data,"
            + " created_at, updated_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private EntryRows() {
    }

    public static byte[] uuid() {
        UUID id = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** A prepared insert the caller reuses for many rows (and closes). */
    public static PreparedStatement prepare(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT);
    }

    public static void add(PreparedStatement insert, byte[] babyId, byte[] caregiverId, String type, long startAt,
            Long endAt, String json) throws SQLException {
        insert.setBytes(1, uuid());
        insert.setBytes(2, babyId);
        insert.setString(3, type);
        insert.setLong(4, startAt);
        if (endAt == null) {
            insert.setNull(5, java.sql.Types.INTEGER);
        } else {
            insert.setLong(5, endAt);
        }
        insert.setInt(6, 3600);
        insert.setString(7, json);
        insert.setLong(8, startAt);
        insert.setLong(9, startAt);
        insert.setBytes(10, caregiverId);
        insert.executeUpdate();
    }

    /** One note whose text is {@code text}: how the durability tests leave findable markers. */
    public static void note(Connection connection, String text) throws SQLException {
        try (PreparedStatement insert = prepare(connection)) {
            long now = System.currentTimeMillis();
            add(insert, new byte[16], new byte[16], "note", now, null, "{\"text\":\"" + text + "\"}");
        }
    }

    /** Every note text, in insertion order of their start times. */
    public static List<String> noteTexts(Connection connection) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT json_extract(data, '$.text') FROM entry WHERE type = 'note' ORDER BY start_at");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }
}
