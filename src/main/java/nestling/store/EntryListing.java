package nestling.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryRules;
import nestling.domain.EntryType;

/**
 * The queries behind a long listing of entries (the History), newest first, ties broken by the
 * larger id: how many a {@link EntrySelection} matches, a page of them by position, their compact
 * {@link EntryKeys}, and entries by id. All of them walk the covering index {@code entry_listing}
 * of the stored table (see V4__entry_listing.sql and V5__compact_entries.sql), so skipping or
 * counting 200,000 entries touches no table row; the view {@code entry} is only read for the rows
 * returned.
 */
public final class EntryListing {
    /** At most this many ids go into one {@code IN (...)} list. */
    static final int IDS_PER_QUERY = 500;
    private static final String ORDER = " ORDER BY start_at DESC, id DESC";
    /** The stored table through its covering index (a view cannot be given an index). */
    private static final String LISTING = "entry_stored INDEXED BY entry_listing";
    private static final String NUMBER_OF = "(SELECT number FROM " + CompactView.NUMBERS + " WHERE uuid = ?)";

    private EntryListing() {
    }

    /** How many live entries the selection matches. */
    public static int count(Connection connection, EntrySelection selection) throws SQLException {
        Where where = where(selection);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM " + LISTING + where.sql())) {
            where.bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * The matching entries at positions [{@code offset}, {@code offset + limit}) of the listing's
     * order. The positions are skipped in the index, so a page deep in the list costs a walk of
     * the index, not of the table.
     */
    public static List<Entry> page(Connection connection, EntrySelection selection, int offset, int limit)
            throws SQLException {
        Where where = where(selection);
        String sql = "SELECT * FROM entry WHERE id IN (SELECT id FROM " + LISTING + where.sql()
                + ORDER + " LIMIT ? OFFSET ?)" + ORDER;
        List<Entry> entries = new ArrayList<>(limit);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = where.bind(statement, 1);
            statement.setInt(next, limit);
            statement.setInt(next + 1, offset);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(EntryRepository.entry(rows));
                }
            }
        }
        return entries;
    }

    /** The keys of the live entries the selection matches, in the listing's order. */
    public static EntryKeys keys(Connection connection, EntrySelection selection) throws SQLException {
        Where where = where(selection);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, updated_at FROM " + LISTING + where.sql() + ORDER)) {
            where.bind(statement, 1);
            EntryKeys.Builder keys = new EntryKeys.Builder(1024);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ByteBuffer id = ByteBuffer.wrap(rows.getBytes(1));
                    keys.add(id.getLong(), id.getLong(), rows.getLong(2));
                }
            }
            return keys.build();
        }
    }

    /**
     * Up to {@code limit} live entries that come after {@code last} in the listing's order of all
     * entries (from the newest when {@code last} is null): a cursor for reading everything in
     * chunks, unaffected by entries added or deleted meanwhile.
     */
    public static List<Entry> after(Connection connection, Entry last, int limit) throws SQLException {
        String sql = "SELECT * FROM entry WHERE id IN (SELECT id FROM " + LISTING + " WHERE deleted = 0"
                // a row value, so the index walk starts right after the last entry
                + (last == null ? "" : " AND (start_at, id) < (?, ?)") + ORDER + " LIMIT ?)" + ORDER;
        List<Entry> entries = new ArrayList<>(limit);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (last != null) {
                statement.setLong(i++, last.start().toEpochMilli());
                Rows.setUuid(statement, i++, last.id());
            }
            statement.setInt(i, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(EntryRepository.entry(rows));
                }
            }
        }
        return entries;
    }

    /** The live entries with these ids (a deleted or unknown id is simply missing from the map). */
    public static Map<UUID, Entry> entries(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, Entry> found = new HashMap<>(ids.size() * 2);
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            String sql = "SELECT * FROM entry WHERE deleted = 0 AND id IN (" + "?, ".repeat(batch.size() - 1) + "?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < batch.size(); i++) {
                    Rows.setUuid(statement, i + 1, batch.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Entry entry = EntryRepository.entry(rows);
                        found.put(entry.id(), entry);
                    }
                }
            }
        }
        return found;
    }

    private static Where where(EntrySelection selection) {
        StringBuilder sql = new StringBuilder(" WHERE deleted = 0");
        List<Object> arguments = new ArrayList<>();
        if (selection.babyId() != null) {
            sql.append(" AND baby_number = ").append(NUMBER_OF);
            arguments.add(Rows.bytes(selection.babyId()));
        }
        if (selection.from() != null) {
            long from = selection.from().toEpochMilli();
            // Entries touching the range started at most MAX_DURATION before it: that bounds the index walk.
            sql.append(" AND start_at >= ? AND (start_at >= ? OR end_at > ?)");
            arguments.add(from - EntryRules.MAX_DURATION.toMillis());
            arguments.add(from);
            arguments.add(from);
        }
        if (selection.to() != null) {
            sql.append(" AND start_at < ?");
            arguments.add(selection.to().toEpochMilli());
        }
        if (!selection.types().isEmpty()) {
            sql.append(" AND type IN (").append("?, ".repeat(selection.types().size() - 1)).append("?)");
            for (EntryType type : selection.types()) {
                arguments.add(type.wireName());
            }
        }
        if (selection.createdBy() != null) {
            sql.append(" AND created_by_number = ").append(NUMBER_OF);
            arguments.add(Rows.bytes(selection.createdBy()));
        }
        return new Where(sql.toString(), arguments);
    }

    private record Where(String sql, List<Object> arguments) {
        int bind(PreparedStatement statement, int first) throws SQLException {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(first + i, arguments.get(i));
            }
            return first + arguments.size();
        }
    }
}
