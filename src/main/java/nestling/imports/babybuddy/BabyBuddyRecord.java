package nestling.imports.babybuddy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nestling.imports.SourceLine;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/**
 * One row of a Baby Buddy export with what every model shares: its id, its child and its notes and tags.
 *
 * @param tagNames tag ids to names, from a Tag export in the same folder (empty when there is none)
 */
record BabyBuddyRecord(BabyBuddyModel model, SourceLine where, CsvHeader header, CsvReader.Record record,
        Map<String, String> tagNames) {

    String get(String column) {
        return header.get(record, column);
    }

    /** Stable across exports of the same data: the model and Baby Buddy's own row id. */
    String sourceKey(String fallback) {
        String id = get("id");
        return "babybuddy/" + model.name().toLowerCase(java.util.Locale.ROOT) + "/" + (id.isEmpty() ? fallback : id);
    }

    /** The child as its rows name it: child_id where the export has it, else the child's full name. */
    String childName() {
        String first = get("child_first_name");
        String last = get("child_last_name");
        return last.isEmpty() ? first : first + " " + last;
    }

    /**
     * The row's own notes, then the extra lines (what Nestling has no field for), then its tags by name.
     * Null when all are empty.
     */
    String notes(String notesColumn, List<String> extras) {
        List<String> parts = new ArrayList<>();
        String own = header.has(notesColumn) ? record.get(header.index(notesColumn).orElseThrow()) : "";
        if (!own.isBlank()) {
            parts.add(own.strip());
        }
        extras.stream().filter(e -> e != null && !e.isBlank()).forEach(parts::add);
        String tags = tags();
        if (!tags.isEmpty()) {
            parts.add("Tags: " + tags);
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /**
     * Tags as names. The export writes them as the tag ids joined by commas (django-import-export's
     * many-to-many widget); ids are turned into names through a Tag export, and kept out when there is none
     * (a bare number means nothing to a parent). Names written by other tools are kept as they are.
     */
    private String tags() {
        String raw = get("tags");
        if (raw.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String tag : raw.split(",")) {
            String t = tag.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.chars().allMatch(Character::isDigit)) {
                String name = tagNames.get(t);
                if (name != null) {
                    names.add(name);
                }
            } else {
                names.add(t);
            }
        }
        return String.join(", ", names);
    }
}
