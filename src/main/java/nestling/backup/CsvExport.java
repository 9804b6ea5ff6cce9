package nestling.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.store.Database;
import nestling.store.EntryJson;
import nestling.vault.AtomicFileWriter;
import tools.jackson.databind.JsonNode;

/**
 * Spreadsheet export: one CSV per entry type ({@code nestling-<type>.csv}), live entries only, times
 * in the local time at which each entry was logged. The columns after the fixed ones are the keys of
 * the entries' {@code data}; amounts are in the family's units (metric or imperial, as chosen in
 * Settings) with the unit in the header ({@link CsvUnits}). Plain text: anyone who finds the files can
 * read them.
 */
public final class CsvExport {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvExport() {
    }

    public static List<Path> write(Database database, Path folder) throws BackupException {
        if (!Files.isDirectory(folder)) {
            throw new BackupException(BackupProblem.FOLDER_MISSING);
        }
        Map<String, String> files = database.read(CsvExport::render);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve("nestling-" + file.getKey() + ".csv");
            try {
                AtomicFileWriter.writeAtomically(target, file.getValue().getBytes(StandardCharsets.UTF_8),
                        AtomicFileWriter.Faults.NONE);
            } catch (IOException e) {
                throw new BackupException(BackupProblem.WRITE_FAILED, WriteFailures.reason(e), e);
            }
            written.add(target);
        }
        return written;
    }

    private static Map<String, String> render(Connection c) throws SQLException {
        Map<String, String> babies = names(c, "SELECT id, name FROM baby");
        Map<String, String> caregivers = names(c, "SELECT id, name FROM caregiver");
        CsvUnits units = new CsvUnits(units(c));
        Map<String, List<String[]>> rowsByType = new TreeMap<>();
        Map<String, TreeSet<String>> keysByType = new HashMap<>();
        Map<String, List<JsonNode>> dataByType = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, baby_id, type, start_at, end_at, utc_offset, data, created_by"
                        + " FROM entry WHERE deleted = 0 ORDER BY start_at, id")) {
            while (rows.next()) {
                String type = safeName(rows.getString("type"));
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(rows.getInt("utc_offset"));
                long start = rows.getLong("start_at");
                Object end = rows.getObject("end_at");
                JsonNode data = Values.parseJson(rows.getString("data"));
                String[] fixed = {
                    local(start, offset),
                    end == null ? "" : local(((Number) end).longValue(), offset),
                    end == null ? "" : Long.toString((((Number) end).longValue() - start) / 60_000),
                    babies.getOrDefault(Ids.toText(rows.getBytes("baby_id")), ""),
                    rows.getBytes("created_by") == null ? "" : caregivers.getOrDefault(Ids.toText(rows.getBytes("created_by")), ""),
                    Ids.toText(rows.getBytes("id"))};
                rowsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(fixed);
                dataByType.computeIfAbsent(type, t -> new ArrayList<>()).add(data);
                // every field of a known type, even where no entry gave it (EntryJson leaves those out)
                TreeSet<String> keys = keysByType.computeIfAbsent(type, t -> new TreeSet<>(leftOut(t).keySet()));
                if (data.isObject()) {
                    data.propertyNames().forEach(keys::add);
                }
            }
        }
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, List<String[]>> type : rowsByType.entrySet()) {
            List<String> keys = List.copyOf(keysByType.get(type.getKey()));
            StringBuilder csv = new StringBuilder();
            List<String> header = new ArrayList<>(List.of("start", "end", "minutes", "baby", "caregiver", "id"));
            keys.forEach(key -> header.add(units.header(key)));
            line(csv, header);
            List<JsonNode> data = dataByType.get(type.getKey());
            Map<String, String> leftOut = leftOut(type.getKey());
            for (int i = 0; i < type.getValue().size(); i++) {
                List<String> cells = new ArrayList<>(List.of(type.getValue().get(i)));
                for (String key : keys) {
                    JsonNode value = data.get(i).get(key);
                    String missing = value == null ? leftOut.getOrDefault(key, "") : "";
                    cells.add(value == null || value.isNull() ? (missing.isEmpty() ? "" : units.cell(key, missing))
                            : value.isValueNode() ? units.cell(key, value.asString()) : value.toString());
                }
                line(csv, cells);
            }
            files.put(type.getKey(), csv.toString());
        }
        return files;
    }

    private static Map<String, String> leftOut(String type) {
        return EntryType.fromWireName(type).map(EntryJson::leftOutValues).orElse(Map.of());
    }

    /** As the window shows them: imperial only when the family chose it (as journal.Preferences reads it). */
    private static UnitSystem units(Connection c) throws SQLException {
        return nestling.store.Settings.get(c, nestling.store.Settings.UNITS).filter("IMPERIAL"::equals)
                .map(s -> UnitSystem.IMPERIAL).orElse(UnitSystem.METRIC);
    }

    private static Map<String, String> names(Connection c, String sql) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                names.put(Ids.toText(rows.getBytes(1)), rows.getString(2));
            }
        }
        return names;
    }

    private static String local(long epochMillis, ZoneOffset offset) {
        return LOCAL.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), offset));
    }

    static String safeName(String type) {
        String safe = type.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        return safe.isEmpty() ? "other" : safe;
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
    static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            // a leading = + - @ would run as a formula in a spreadsheet
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
