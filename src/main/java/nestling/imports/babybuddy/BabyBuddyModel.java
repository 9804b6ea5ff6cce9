package nestling.imports.babybuddy;

import java.util.List;
import nestling.imports.csv.CsvHeader;

/**
 * The Baby Buddy models whose admin export Nestling reads, each recognised by the columns its resource writes
 * (the file name is "Feeding-2024-03-10.csv" or whatever the parent renamed it to, so the header decides).
 * Every entry export also has {@code id, child_id, child_first_name, child_last_name} (child_id is missing
 * from some versions' exports, a known Baby Buddy bug) and {@code tags}. The tag export has the child
 * columns in some versions and not in others: name and color decide.
 */
enum BabyBuddyModel {
    CHILD(List.of("first_name", "birth_date")),
    FEEDING(List.of("start", "end", "type", "method")),
    DIAPER_CHANGE(List.of("time", "wet", "solid")),
    TUMMY_TIME(List.of("start", "end", "milestone")),
    SLEEP(List.of("start", "end", "nap")),
    PUMPING(List.of("amount")),
    TEMPERATURE(List.of("temperature", "time")),
    WEIGHT(List.of("weight", "date")),
    HEIGHT(List.of("height", "date")),
    HEAD_CIRCUMFERENCE(List.of("head_circumference", "date")),
    BMI(List.of("bmi", "date")),
    NOTE(List.of("note", "time")),
    TAG(List.of("name", "color")),
    /** A Baby Buddy export of a model Nestling has no entry for (a newer version's, or BMI's kin). */
    OTHER(List.of());

    private final List<String> columns;

    BabyBuddyModel(List<String> columns) {
        this.columns = columns;
    }

    /** The model whose columns the header has; null when it is no Baby Buddy export Nestling knows. */
    static BabyBuddyModel of(CsvHeader header) {
        boolean entry = header.has("child_first_name") || header.has("child_id");
        for (BabyBuddyModel model : values()) {
            if (model == OTHER || !header.hasAll(model.columns)) {
                continue;
            }
            if (model == TAG) {
                return model; // newer exports add (empty) child columns to tags too
            }
            if (model == CHILD) {
                if (!entry) {
                    return model;
                }
                continue;
            }
            if (model == PUMPING && (header.has("type") || header.has("wet") || header.has("temperature"))) {
                continue;
            }
            if (entry) {
                return model;
            }
        }
        // Older exports name the nap column "napping"
        if (entry && header.hasAll(List.of("start", "end", "napping"))) {
            return SLEEP;
        }
        // Older exports: a sleep without its nap column has only start, end and notes.
        if (entry && header.hasAll(List.of("start", "end", "notes")) && !header.has("type")
                && !header.has("milestone") && !header.has("amount")) {
            return SLEEP;
        }
        return entry && header.has("id") ? OTHER : null;
    }
}
