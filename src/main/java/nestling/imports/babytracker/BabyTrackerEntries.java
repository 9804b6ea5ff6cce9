package nestling.imports.babytracker;

import nestling.imports.RefusalReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nestling.domain.ActivityKind;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.Side;

/** What the CSV export and the backup database share: the same app, the same meanings, the same entries. */
final class BabyTrackerEntries {
    /** For a number or time no parent logged (1E+999 ml, the year 99999), caught where rows are mapped. */
    static final String OUT_OF_RANGE = nestling.imports.RefusalReason.OUT_OF_RANGE.english();
    private BabyTrackerEntries() {
    }

    /** The source's own note first, then what Nestling has no field for; null when all are empty. */
    static String notes(String own, List<String> extras) {
        List<String> parts = new ArrayList<>();
        if (own != null && !own.isBlank()) {
            parts.add(own.strip());
        }
        extras.stream().filter(e -> e != null && !e.isBlank()).forEach(parts::add);
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    static Side side(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "left", "l", "links", "gauche", "izquierdo", "izquierda" -> Side.LEFT;
            case "right", "r", "rechts", "droite", "derecho", "derecha" -> Side.RIGHT;
            default -> null;
        };
    }

    /** A built-in activity by Baby Tracker's (English) name; null when Nestling has no such activity. */
    static ActivityKind activity(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.contains("tummy")) {
            return ActivityKind.TUMMY_TIME;
        }
        if (n.contains("bath")) {
            return ActivityKind.BATH;
        }
        if (n.contains("read") || n.contains("story") || n.contains("book")) {
            return ActivityKind.READING;
        }
        if (n.contains("play")) {
            return ActivityKind.PLAY;
        }
        if (n.contains("outdoor") || n.contains("walk") || n.contains("stroll")) {
            return ActivityKind.OUTDOORS;
        }
        if (n.contains("cry")) {
            return ActivityKind.CRYING;
        }
        if (n.contains("spit")) {
            return ActivityKind.SPIT_UP;
        }
        return null;
    }

    /** A medicine dose unit Nestling knows; null for any other (teaspoons, IU, …). */
    static DoseUnit doseUnit(String unit) {
        return switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "ml", "mls" -> DoseUnit.ML;
            case "mg" -> DoseUnit.MG;
            case "drop", "drops", "gtt" -> DoseUnit.DROPS;
            case "tablet", "tablets", "pill", "pills", "tab", "tabs" -> DoseUnit.TABLETS;
            case "puff", "puffs" -> DoseUnit.PUFFS;
            default -> null;
        };
    }
}
