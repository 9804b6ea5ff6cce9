package nestling.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryRules;
import nestling.domain.EntryType;
import nestling.domain.Meta;

/**
 * Entries ↔ rows of {@code entry}: common columns plus the type's fields as JSON. Range queries walk
 * the {@code entry_listing} index from the range's start: an entry touching a range started at
 * most {@link EntryRules#MAX_DURATION} before it, which bounds the walk.
 */
public final class EntryRepository {
    private EntryRepository() {
    }

    /**
     * Inserts the entry, or replaces the stored one with the same id (edits, tombstones, undo),
     * keeping its creation. Written to the stored table directly ({@link CompactView}), with the
     * baby and caregiver as their local numbers.
     */
    public static void save(Connection connection, Entry entry) throws SQLException {
        Long baby = CompactView.number(connection, entry.babyId());
        Long createdBy = CompactView.number(connection, entry.meta().createdBy());
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            bind(upsert, entry, baby, createdBy);
            upsert.executeUpdate();
        }
    }

    /**
     * Inserts many entries at once (an import's staging): as {@link #save} for each, with one statement
     * and each baby's and caregiver's local number looked up once, which is most of the time per entry.
     */
    public static void saveAll(Connection connection, java.util.Collection<Entry> entries) throws SQLException {
        java.util.Map<UUID, Long> numbers = new java.util.HashMap<>();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Entry entry : entries) {
                Long baby = number(connection, numbers, entry.babyId());
                Long createdBy = entry.meta().createdBy() == null ? null : number(connection, numbers, entry.meta().createdBy());
                bind(upsert, entry, baby, createdBy);
                upsert.executeUpdate();
            }
        }
    }

    private static final String UPSERT = "INSERT INTO entry_stored(id, created_at, updated_at,"
            + " created_by_number, deleted, baby_number, type, start_at, end_at, utc_offset, data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(id) DO UPDATE SET " + Rows.updateAll("updated_at", "deleted", "baby_number", "type",
                    "start_at", "end_at", "utc_offset", "data");

    private static void bind(PreparedStatement upsert, Entry entry, Long baby, Long createdBy) throws SQLException {
        Meta meta = entry.meta();
        Rows.setUuid(upsert, 1, meta.id());
        upsert.setLong(2, meta.createdAt().toEpochMilli());
        upsert.setLong(3, meta.updatedAt().toEpochMilli());
        upsert.setObject(4, createdBy);
        upsert.setInt(5, meta.deleted() ? 1 : 0);
        upsert.setLong(6, baby);
        upsert.setString(7, entry.type().wireName());
        Rows.setInstant(upsert, 8, entry.start());
        Rows.setInstant(upsert, 9, entry.end());
        upsert.setInt(10, entry.offset().getTotalSeconds());
        upsert.setString(11, EntryJson.write(entry.data()));
    }

    private static Long number(Connection connection, java.util.Map<UUID, Long> numbers, UUID id) throws SQLException {
        Long known = numbers.get(id);
        if (known == null) {
            known = CompactView.number(connection, id);
            numbers.put(id, known);
        }
        return known;
    }

    /**
     * Which of {@code ids} the journal holds, tombstoned or not: one query per 500 ids instead of a
     * look-up each (a merge of a thousand records checks them all at once).
     */
    public static java.util.Set<UUID> existing(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        java.util.Set<UUID> found = new java.util.HashSet<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM entry WHERE id IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) {
                    Rows.setUuid(query, i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(Rows.uuid(rows.getBytes(1)));
                    }
                }
            }
        }
        return found;
    }

    /** The entry with this id, tombstoned or not. */
    public static Optional<Entry> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM entry WHERE id = ?")) {
            Rows.setUuid(query, 1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    /** Live entries touching the query's range, by start time. */
    public static List<Entry> list(Connection connection, EntryQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM entry WHERE deleted = 0");
        if (query.babyId() != null) {
            sql.append(" AND baby_id = ?");
        }
        sql.append(" AND start_at >= ? AND start_at < ? AND (start_at >= ? OR end_at > ?)");
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (").append("?, ".repeat(query.types().size() - 1)).append("?)");
        }
        sql.append(" ORDER BY start_at, id");
        long from = query.from().toEpochMilli();
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            if (query.babyId() != null) {
                Rows.setUuid(statement, i++, query.babyId());
            }
            statement.setLong(i++, from - EntryRules.MAX_DURATION.toMillis());
            statement.setLong(i++, query.to().toEpochMilli());
            statement.setLong(i++, from);
            statement.setLong(i++, from);
            for (EntryType type : query.types()) {
                statement.setString(i++, type.wireName());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        }
        return entries;
    }

    /** Live entries of one baby that could overlap [start, end): what the overlap rule needs. */
    public static List<Entry> around(Connection connection, UUID babyId, Instant start, Instant end)
            throws SQLException {
        return list(connection, EntryQuery.of(babyId, start, end.equals(start) ? end.plusMillis(1) : end));
    }

    /**
     * The entry in the current row of a {@code SELECT * FROM entry}, as every query here reads it
     * (also what a backup's records are checked with before they may reach the vault).
     */
    public static Entry entry(ResultSet rows) throws SQLException {
        return entry(rows, EntryJson::read);
    }

    /**
     * As {@link #entry(ResultSet)} with the {@code data} column read by {@code readData} (which must
     * give what {@link EntryJson#read} gives, e.g. it once per distinct JSON text).
     */
    public static Entry entry(ResultSet rows, BiFunction<EntryType, String, EntryData> readData) throws SQLException {
        EntryType type = type(rows.getString("type"));
        return new Entry(Rows.meta(rows), Rows.uuid(rows.getBytes("baby_id")), Rows.instant(rows, "start_at"),
                Rows.instant(rows, "end_at"), ZoneOffset.ofTotalSeconds(rows.getInt("utc_offset")),
                readData.apply(type, rows.getString("data")));
    }

    /** The type a stored {@code type} column names; a StoreException when it names none. */
    public static EntryType type(String typeName) {
        return EntryType.fromWireName(typeName)
                .orElseThrow(() -> new StoreException("unknown entry type in the vault: " + typeName, null));
    }

    /** When the baby's first live entry of one of {@code types} started: where its averages begin. */
    public static Optional<Instant> firstStart(Connection connection, UUID babyId, java.util.Set<EntryType> types)
            throws SQLException {
        // In the listing index's time order: it stops at the first of the baby's entries.
        try (PreparedStatement query = connection.prepareStatement("SELECT start_at FROM entry WHERE deleted = 0"
                + " AND baby_id = ? AND type IN (" + "?, ".repeat(types.size() - 1) + "?) ORDER BY start_at LIMIT 1")) {
            Rows.setUuid(query, 1, babyId);
            int i = 2;
            for (EntryType type : types) {
                query.setString(i++, type.wireName());
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(Instant.ofEpochMilli(rows.getLong(1))) : Optional.empty();
            }
        }
    }

    /** How many live entries there are, for tests and the benchmark. */
    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM entry WHERE deleted = 0");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
