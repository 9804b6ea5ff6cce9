package nestling.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The fields of one entry type, in canonical units (ml, g, mm, 0.1 °C, seconds). The common part
 * (who, which baby, when) is in {@link Entry}; keeping it there means an edit of the time or a
 * tombstone works the same for every type, and each type below only holds what is its own.
 * Optional fields are null when not given. These records are stored as the JSON {@code data} column.
 */
public sealed interface EntryData {
    EntryType type();

    /** Adds a message per field that cannot be saved as it is. */
    void check(Problems problems);

    /** Time on each side in seconds, the side the feed ended on, side switches and paused seconds. */
    record Breastfeeding(long leftSeconds, long rightSeconds, Side lastSide, int sideSwitches, long pausedSeconds,
            String notes) implements EntryData {
        public EntryType type() {
            return EntryType.BREASTFEEDING;
        }

        /** The side to offer at the next feed: the other one than this feed ended on. */
        public Side nextSide() {
            return lastSide == null ? Side.LEFT : lastSide.other();
        }

        public void check(Problems problems) {
            if (leftSeconds < 0 || rightSeconds < 0 || pausedSeconds < 0 || sideSwitches < 0) {
                problems.add("sides", "Times per side cannot be negative.");
            }
            if (lastSide == null && leftSeconds + rightSeconds > 0) {
                problems.add("lastSide", "Say which side the feed ended on.");
            }
        }
    }

    /** {@code content} may be null: "a bottle" without saying of what. */
    record Bottle(BottleContent content, Integer ml, String notes) implements EntryData {
        public static final int MAX_ML = 500;

        public EntryType type() {
            return EntryType.BOTTLE;
        }

        public void check(Problems problems) {
            if (ml == null) {
                problems.add("amount", "Give the amount.");
            } else if (ml <= 0) {
                problems.add("amount", "The amount must be more than 0.");
            } else if (ml > MAX_ML) {
                problems.add("amount", "A bottle of more than 500 ml (16.9 fl oz) is not plausible.");
            }
        }
    }

    /** {@code amount} is free text ("2 spoons", "half a jar"); {@code allergyNote} goes with a possible allergy. */
    record Solids(List<String> foods, String amount, Reaction reaction, String allergyNote, String notes)
            implements EntryData {
        public Solids {
            foods = foods == null ? List.of() : List.copyOf(foods);
        }

        public EntryType type() {
            return EntryType.SOLIDS;
        }

        public void check(Problems problems) {
            if (foods.stream().allMatch(f -> f == null || f.isBlank())) {
                problems.add("foods", "Name at least one food.");
            }
            if (reaction == Reaction.POSSIBLE_ALLERGY && (allergyNote == null || allergyNote.isBlank())) {
                problems.add("allergyNote", "Describe the possible allergic reaction.");
            }
        }
    }

    record Pumping(Integer leftMl, Integer rightMl, String notes) implements EntryData {
        public EntryType type() {
            return EntryType.PUMPING;
        }

        public void check(Problems problems) {
            checkSide(problems, "leftMl", leftMl);
            checkSide(problems, "rightMl", rightMl);
        }

        private static void checkSide(Problems problems, String field, Integer ml) {
            if (ml != null && (ml < 0 || ml > Bottle.MAX_ML)) {
                problems.add(field, "The amount per side must be between 0 and 500 ml.");
            }
        }
    }

    record Sleep(SleepKind kind, SleepPlace place, String notes) implements EntryData {
        public EntryType type() {
            return EntryType.SLEEP;
        }

        public void check(Problems problems) {
            if (kind == null) {
                problems.add("kind", "Say whether this was a nap or the night.");
            }
        }
    }

    record Diaper(boolean wet, boolean dirty, boolean dry, StoolColour stoolColour, StoolConsistency consistency,
            boolean rash, String notes) implements EntryData {
        public EntryType type() {
            return EntryType.DIAPER;
        }

        public void check(Problems problems) {
            if (!wet && !dirty && !dry) {
                problems.add("contents", "Say whether the diaper was wet, dirty or dry.");
            } else if (dry && (wet || dirty)) {
                problems.add("contents", "A dry diaper cannot also be wet or dirty.");
            }
            if (!dirty && (stoolColour != null || consistency != null)) {
                problems.add("stool", "Stool colour and consistency go with a dirty diaper.");
            }
        }
    }

    /** {@code minIntervalMinutes}, when given, makes "next dose from HH:MM" derivable. */
    record Medicine(String name, BigDecimal dose, DoseUnit unit, Integer minIntervalMinutes, String notes)
            implements EntryData {
        public EntryType type() {
            return EntryType.MEDICINE;
        }

        public void check(Problems problems) {
            if (name == null || name.isBlank()) {
                problems.add("name", "Name the medicine.");
            }
            if (dose == null) {
                problems.add("dose", "Give the dose.");
            } else if (dose.signum() <= 0) {
                problems.add("dose", "The dose must be more than 0.");
            }
            if (unit == null) {
                problems.add("unit", "Give the unit of the dose.");
            }
            if (minIntervalMinutes != null && (minIntervalMinutes <= 0 || minIntervalMinutes > 7 * 24 * 60)) {
                problems.add("minInterval", "The minimum interval must be between 1 minute and 7 days.");
            }
        }
    }

    record Temperature(Integer deciCelsius, TemperatureMethod method) implements EntryData {
        public static final int MIN_DECI_CELSIUS = 300;
        public static final int MAX_DECI_CELSIUS = 450;

        public EntryType type() {
            return EntryType.TEMPERATURE;
        }

        public void check(Problems problems) {
            if (deciCelsius == null) {
                problems.add("temperature", "Give the temperature.");
            } else if (deciCelsius < MIN_DECI_CELSIUS || deciCelsius > MAX_DECI_CELSIUS) {
                problems.add("temperature", "The temperature must be between 30 and 45 °C (86 and 113 °F).");
            }
        }
    }

    /** Any of weight (g), length or height (mm, with how it was measured) and head circumference (mm). */
    record Growth(Integer grams, Integer lengthMm, LengthPosition position, Integer headMm, String notes)
            implements EntryData {
        public static final int MAX_GRAMS = 35_000;

        public EntryType type() {
            return EntryType.GROWTH;
        }

        public void check(Problems problems) {
            if (grams == null && lengthMm == null && headMm == null) {
                problems.add("measurements", "Give at least one of weight, length or head circumference.");
            }
            if (grams != null && grams <= 0) {
                problems.add("weight", "The weight must be more than 0.");
            } else if (grams != null && grams > MAX_GRAMS) {
                problems.add("weight", "A weight over 35 kg (77 lb) is not plausible.");
            }
            if (lengthMm != null && (lengthMm < 200 || lengthMm > 1300)) {
                problems.add("length", "The length must be between 20 and 130 cm (7.9 and 51.2 in).");
            }
            if (lengthMm != null && position == null) {
                problems.add("position", "Say whether the length was measured lying or standing.");
            }
            if (headMm != null && (headMm < 200 || headMm > 650)) {
                problems.add("head", "The head circumference must be between 20 and 65 cm (7.9 and 25.6 in).");
            }
        }
    }

    /** A built-in or user-defined activity; {@code spitUpSize} only for spit-up. */
    record Activity(ActivityKind kind, UUID activityTypeId, SpitUpSize spitUpSize, String notes) implements EntryData {
        public EntryType type() {
            return EntryType.ACTIVITY;
        }

        public void check(Problems problems) {
            if (kind == null) {
                problems.add("kind", "Say which activity.");
            } else if (kind == ActivityKind.CUSTOM && activityTypeId == null) {
                problems.add("kind", "Pick one of your own activities.");
            }
            if (spitUpSize != null && kind != ActivityKind.SPIT_UP) {
                problems.add("size", "A size goes with spit-up only.");
            }
        }
    }

    /** {@code photo}: optional downscaled image bytes (the UI part is not built yet). */
    record Milestone(String title, String note, byte[] photo) implements EntryData {
        public Milestone {
            photo = photo == null ? null : photo.clone();
        }

        @Override
        public byte[] photo() {
            return photo == null ? null : photo.clone();
        }

        public EntryType type() {
            return EntryType.MILESTONE;
        }

        public void check(Problems problems) {
            if (title == null || title.isBlank()) {
                problems.add("title", "Give the milestone a title.");
            }
            if (photo != null && photo.length > Baby.MAX_PHOTO_BYTES) {
                problems.add("photo", "The photo is too large; it must be downscaled first.");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Milestone m && java.util.Objects.equals(title, m.title)
                    && java.util.Objects.equals(note, m.note) && java.util.Arrays.equals(photo, m.photo);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(title, note, java.util.Arrays.hashCode(photo));
        }
    }

    record Note(String text) implements EntryData {
        public EntryType type() {
            return EntryType.NOTE;
        }

        public void check(Problems problems) {
            if (text == null || text.isBlank()) {
                problems.add("text", "Write the note.");
            } else if (text.length() > 10_000) {
                problems.add("text", "A note can have at most 10,000 characters.");
            }
        }
    }
}
