package nestling.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.backup.BackupException;
import nestling.backup.BackupSummary;
import nestling.backup.MergeSummary;
import tools.jackson.databind.json.JsonMapper;

/** What the backup commands share: error mapping and printing summaries as text or JSON. */
final class BackupCommands {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupCommands() {
    }

    static CliFailure failure(BackupException e) {
        return new CliFailure(e.problem().exitCode(), e.getMessage());
    }

    static Map<String, Object> describe(BackupSummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", summary.info().formatVersion());
        out.put("schemaVersion", summary.info().schemaVersion());
        out.put("createdAt", summary.info().createdAt().toString());
        out.put("nestlingVersion", summary.info().appVersion());
        out.put("babies", summary.babies());
        out.put("records", summary.live());
        out.put("tombstones", summary.tombstones());
        out.put("entriesByType", summary.entriesByType());
        out.put("firstEntry", summary.firstEntry() == null ? null : summary.firstEntry().toString());
        out.put("lastEntry", summary.lastEntry() == null ? null : summary.lastEntry().toString());
        return out;
    }

    static void printSummary(PrintWriter out, BackupSummary summary) {
        out.println("  made by Nestling " + summary.info().appVersion() + " at " + summary.info().createdAt()
                + " (format " + summary.info().formatVersion() + ", schema " + summary.info().schemaVersion() + ")");
        // one line per key; the babies' names go on the line that counts them ("babies: 2 (Ada, Ben)")
        summary.live().forEach((key, live) -> {
            List<String> details = new ArrayList<>();
            if (key.equals("babies") && !summary.babies().isEmpty()) {
                details.add(String.join(", ", summary.babies()));
            }
            if (summary.tombstones().getOrDefault(key, 0L) > 0) {
                details.add("+" + summary.tombstones().get(key) + " deleted");
            }
            out.println("  " + key + ": " + live + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")"));
        });
        if (!summary.entriesByType().isEmpty()) {
            out.println("  entries by type: " + summary.entriesByType());
        }
        if (summary.firstEntry() != null) {
            out.println("  entries from " + summary.firstEntry() + " to " + summary.lastEntry());
        }
    }

    static Map<String, Object> describe(MergeSummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        // plain maps, not the records: Jackson may not reflect into the module's unexported packages
        Map<String, Object> tables = new LinkedHashMap<>();
        summary.tables().forEach((key, c) -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("added", c.added());
            counts.put("updated", c.updated());
            counts.put("deleted", c.deleted());
            counts.put("unchanged", c.unchanged());
            counts.put("keptLocal", c.keptLocal());
            counts.put("deletionsRecorded", c.tombstonesAdded());
            tables.put(key, counts);
        });
        out.put("tables", tables);
        out.put("settingsAdded", summary.settingsAdded());
        out.put("conflicts", summary.conflictCount());
        out.put("conflictDetails", summary.conflicts().stream()
                .map(c -> Map.of("key", c.key(), "id", c.id(), "kept", c.kept())).toList());
        out.put("firstMergeFromThisSource", summary.firstMergeFromSource());
        return out;
    }

    static void printMerge(PrintWriter out, MergeSummary summary) {
        printCounts(out, summary);
        out.println("  conflicts (changed on both laptops" + (summary.firstMergeFromSource() ? ", first merge from this laptop" : " since the last merge")
                + "): " + summary.conflictCount());
        for (MergeSummary.Conflict conflict : summary.conflicts()) {
            out.println("    " + conflict.key() + " " + conflict.id() + ": kept the version from " + conflict.kept());
        }
    }

    /** One line per key: what the merge added, updated, deleted, left and kept. */
    static void printCounts(PrintWriter out, MergeSummary summary) {
        summary.tables().forEach((key, c) -> out.println("  " + key + ": " + c.added() + " added, " + c.updated()
                + " updated, " + c.deleted() + " deleted, " + c.unchanged() + " unchanged, " + c.keptLocal()
                + " kept (newer here)" + (c.tombstonesAdded() > 0 ? ", " + c.tombstonesAdded() + " deletions recorded" : "")));
        if (summary.settingsAdded() > 0) {
            out.println("  settings: " + summary.settingsAdded() + " added");
        }
    }
}
