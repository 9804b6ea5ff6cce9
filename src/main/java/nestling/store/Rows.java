package nestling.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import nestling.domain.Meta;

/**
 * The column conventions every table shares: ids as 16-byte big-endian UUIDs, instants as epoch
 * milliseconds, and the {@code created_at, updated_at, created_by, deleted} bookkeeping.
 */
public final class Rows {
    /** The bookkeeping columns, in the order {@link #bindMeta} binds and {@link #meta} reads them. */
    static final String META_COLUMNS = "id, created_at, updated_at, created_by, deleted";

    private Rows() {
    }

    public static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    public static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    static void setUuid(PreparedStatement statement, int index, UUID id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BLOB);
        } else {
            statement.setBytes(index, bytes(id));
        }
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Binds id, created_at, updated_at, created_by, deleted from {@code index} on; returns the next index. */
    static int bindMeta(PreparedStatement statement, int index, Meta meta) throws SQLException {
        setUuid(statement, index, meta.id());
        statement.setLong(index + 1, meta.createdAt().toEpochMilli());
        statement.setLong(index + 2, meta.updatedAt().toEpochMilli());
        setUuid(statement, index + 3, meta.createdBy());
        statement.setInt(index + 4, meta.deleted() ? 1 : 0);
        return index + 5;
    }

    static Meta meta(ResultSet rows) throws SQLException {
        return new Meta(uuid(rows.getBytes("id")), instant(rows, "created_at"), instant(rows, "updated_at"),
                uuid(rows.getBytes("created_by")), rows.getInt("deleted") != 0);
    }

    /** "a = excluded.a, b = excluded.b": the update part of an upsert that replaces every column but id and created_*. */
    static String updateAll(String... columns) {
        StringBuilder sql = new StringBuilder();
        for (String column : columns) {
            if (!sql.isEmpty()) {
                sql.append(", ");
            }
            sql.append(column).append(" = excluded.").append(column);
        }
        return sql.toString();
    }
}
