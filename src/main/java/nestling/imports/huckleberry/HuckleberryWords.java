package nestling.imports.huckleberry;

import java.util.Locale;
import java.util.Map;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Reaction;
import nestling.domain.SleepPlace;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;

/**
 * Huckleberry's words for the things Nestling has a field for. A word not listed returns null, and
 * the caller keeps it in the entry's notes rather than guessing.
 */
final class HuckleberryWords {
    private static final Map<String, ActivityKind> ACTIVITIES = Map.of("tummy time", ActivityKind.TUMMY_TIME,
            "bath", ActivityKind.BATH, "story time", ActivityKind.READING, "reading", ActivityKind.READING,
            "indoor play", ActivityKind.PLAY, "play", ActivityKind.PLAY, "outdoor play", ActivityKind.OUTDOORS,
            "outdoors", ActivityKind.OUTDOORS, "crying", ActivityKind.CRYING, "spit up", ActivityKind.SPIT_UP);
    private static final Map<String, SleepPlace> PLACES = Map.of("crib", SleepPlace.CRIB, "bassinet",
            SleepPlace.BASSINET, "arms", SleepPlace.ARMS, "held", SleepPlace.ARMS, "stroller", SleepPlace.STROLLER,
            "car", SleepPlace.CAR, "car seat", SleepPlace.CAR, "bed", SleepPlace.BED, "parents' bed", SleepPlace.BED);
    private static final Map<String, StoolColour> COLOURS = Map.of("yellow", StoolColour.YELLOW, "mustard",
            StoolColour.YELLOW, "green", StoolColour.GREEN, "brown", StoolColour.BROWN, "black", StoolColour.BLACK,
            "red", StoolColour.RED, "white", StoolColour.WHITE, "grey", StoolColour.WHITE, "gray", StoolColour.WHITE);
    private static final Map<String, StoolConsistency> CONSISTENCIES = Map.of("runny", StoolConsistency.WATERY,
            "watery", StoolConsistency.WATERY, "loose", StoolConsistency.LOOSE, "seedy", StoolConsistency.SEEDY,
            "soft", StoolConsistency.SOFT, "mushy", StoolConsistency.SOFT, "pasty", StoolConsistency.SOFT,
            "solid", StoolConsistency.FORMED, "formed", StoolConsistency.FORMED, "hard", StoolConsistency.HARD);
    private static final Map<String, DoseUnit> DOSE_UNITS = Map.of("ml", DoseUnit.ML, "mg", DoseUnit.MG, "drop",
            DoseUnit.DROPS, "drops", DoseUnit.DROPS, "tablet", DoseUnit.TABLETS, "tablets", DoseUnit.TABLETS,
            "puff", DoseUnit.PUFFS, "puffs", DoseUnit.PUFFS);
    private static final Map<String, TemperatureMethod> METHODS = Map.of("rectal", TemperatureMethod.RECTAL,
            "armpit", TemperatureMethod.ARMPIT, "axillary", TemperatureMethod.ARMPIT, "underarm",
            TemperatureMethod.ARMPIT, "ear", TemperatureMethod.EAR, "forehead", TemperatureMethod.FOREHEAD,
            "temporal", TemperatureMethod.FOREHEAD, "oral", TemperatureMethod.ORAL, "mouth", TemperatureMethod.ORAL);

    private HuckleberryWords() {
    }

    static ActivityKind activity(String type) {
        return ACTIVITIES.get(key(type));
    }

    static SleepPlace sleepPlace(String word) {
        return PLACES.get(key(word));
    }

    static StoolColour colour(String word) {
        return COLOURS.get(key(word));
    }

    static StoolConsistency consistency(String word) {
        return CONSISTENCIES.get(key(word));
    }

    static DoseUnit doseUnit(String unit) {
        return DOSE_UNITS.get(key(unit));
    }

    /** A diaper row's "Diaper rash" (or "Rash"). */
    static boolean isRash(String word) {
        String k = key(word);
        return k.equals("diaper rash") || k.equals("rash");
    }

    static TemperatureMethod method(String word) {
        return METHODS.get(key(word));
    }

    /** "Breast Milk", "Formula", "Mixed"/"Breast Milk and Formula"; an empty cell is a bottle of unknown content. */
    static BottleContent bottleContent(String word) {
        String k = key(word);
        if (k.isEmpty()) {
            return null;
        }
        return switch (k) {
            case "breast milk", "breastmilk", "expressed milk" -> BottleContent.BREAST_MILK;
            case "formula" -> BottleContent.FORMULA;
            case "mixed", "breast milk and formula", "breast milk & formula" -> BottleContent.MIXED;
            default -> BottleContent.OTHER;
        };
    }

    /**
     * Solids: "Loved it"/"Liked it" and "Hated it"/"Disliked it", and the export's own LOVED, HATED and
     * ALLERGIC (a possible allergy); MEH and other words have no reaction in Nestling (null).
     */
    static Reaction reaction(String word) {
        String k = key(word);
        if (k.startsWith("love") || k.startsWith("like")) {
            return Reaction.LIKED;
        }
        if (k.startsWith("hate") || k.startsWith("dislike")) {
            return Reaction.DISLIKED;
        }
        if (k.startsWith("allerg")) {
            return Reaction.POSSIBLE_ALLERGY;
        }
        return null;
    }

    /** The one-word reactions Huckleberry writes in a solids row's End Condition (LOVED, MEH, HATED, ALLERGIC). */
    static boolean isSolidsReaction(String word) {
        return switch (key(word)) {
            case "loved", "liked", "meh", "hated", "disliked", "allergic" -> true;
            default -> false;
        };
    }

    private static String key(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }
}
