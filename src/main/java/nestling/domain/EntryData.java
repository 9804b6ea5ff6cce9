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

        /**
         * The breast this feed started on: the only side with time, else the side it ended on, switched
         * back once per side switch (at least one when both sides have time); null when unknown.
         */
        public Side startSide() {
            if (leftSeconds > 0 && rightSeconds <= 0) {
                return Side.LEFT;
            }
            if (rightSeconds > 0 && leftSeconds <= 0) {
                return Side.RIGHT;
            }
            if (lastSide == null) {
                return null;
            }
            int switches = leftSeconds > 0 && rightSeconds > 0 ? Math.max(1, sideSwitches) : sideSwitches;
            return switches % 2 == 0 ? lastSide : lastSide.other();
        }

        /**
         * The breast to start the next feed on: the other one than this feed STARTED on, as lactation
         * guidance says (NHS, La Leche League: alternate the breast you offer first). A left→right
         * feed is followed by one that starts on the right. LEFT when the start side is unknown.
         */
        public Side nextSide() {
            Side started = startSide();
            return started == null ? Side.LEFT : started.other();
        }

        public void check(Problems problems) {
            if (leftSeconds < 0 || rightSeconds < 0 || pausedSeconds < 0 || sideSwitches < 0) {
                problems.add("sides", Reason.FEED_SIDES_NEGATIVE);
            }
            if (lastSide == null && leftSeconds + rightSeconds > 0) {
                problems.add("lastSide", Reason.FEED_LAST_SIDE);
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
                problems.add("amount", Reason.BOTTLE_AMOUNT_MISSING);
            } else if (ml <= 0) {
                problems.add("amount", Reason.BOTTLE_AMOUNT_NOT_POSITIVE);
            } else if (ml > MAX_ML) {
                problems.add("amount", Reason.BOTTLE_AMOUNT_TOO_LARGE);
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
                problems.add("foods", Reason.SOLIDS_NO_FOOD);
            }
            if (reaction == Reaction.POSSIBLE_ALLERGY && (allergyNote == null || allergyNote.isBlank())) {
                problems.add("allergyNote", Reason.SOLIDS_ALLERGY_NOTE);
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
                problems.add(field, Reason.PUMPING_SIDE_RANGE);
            }
        }
    }

    record Sleep(SleepKind kind, SleepPlace place, String notes) implements EntryData {
        public EntryType type() {
            return EntryType.SLEEP;
        }

        public void check(Problems problems) {
            if (kind == null) {
                problems.add("kind", Reason.SLEEP_KIND);
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
                problems.add("contents", Reason.DIAPER_CONTENTS);
            } else if (dry && (wet || dirty)) {
                problems.add("contents", Reason.DIAPER_DRY_AND_USED);
            }
            if (!dirty && (stoolColour != null || consistency != null)) {
                problems.add("stool", Reason.DIAPER_STOOL_WITHOUT_DIRTY);
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
                problems.add("name", Reason.MEDICINE_NAME);
            }
            if (dose == null) {
                problems.add("dose", Reason.MEDICINE_DOSE_MISSING);
            } else if (dose.signum() <= 0) {
                problems.add("dose", Reason.MEDICINE_DOSE_NOT_POSITIVE);
            }
            if (unit == null) {
                problems.add("unit", Reason.MEDICINE_UNIT);
            }
            if (minIntervalMinutes != null && (minIntervalMinutes <= 0 || minIntervalMinutes > 7 * 24 * 60)) {
                problems.add("minInterval", Reason.MEDICINE_INTERVAL_RANGE);
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
                problems.add("temperature", Reason.TEMPERATURE_MISSING);
            } else if (deciCelsius < MIN_DECI_CELSIUS || deciCelsius > MAX_DECI_CELSIUS) {
                problems.add("temperature", Reason.TEMPERATURE_RANGE);
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
                problems.add("measurements", Reason.GROWTH_NOTHING);
            }
            if (grams != null && grams <= 0) {
                problems.add("weight", Reason.GROWTH_WEIGHT_NOT_POSITIVE);
            } else if (grams != null && grams > MAX_GRAMS) {
                problems.add("weight", Reason.GROWTH_WEIGHT_TOO_LARGE);
            }
            if (lengthMm != null && (lengthMm < 200 || lengthMm > 1300)) {
                problems.add("length", Reason.GROWTH_LENGTH_RANGE);
            }
            if (lengthMm != null && position == null) {
                problems.add("position", Reason.GROWTH_POSITION);
            }
            if (headMm != null && (headMm < 200 || headMm > 650)) {
                problems.add("head", Reason.GROWTH_HEAD_RANGE);
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
                problems.add("kind", Reason.ACTIVITY_KIND);
            } else if (kind == ActivityKind.CUSTOM && activityTypeId == null) {
                problems.add("kind", Reason.ACTIVITY_OWN_MISSING);
            }
            if (spitUpSize != null && kind != ActivityKind.SPIT_UP) {
                problems.add("size", Reason.ACTIVITY_SIZE_NOT_SPIT_UP);
            }
        }
    }

    /** {@code photo}: optional downscaled image bytes (the entry form scales a chosen picture down first). */
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
                problems.add("title", Reason.MILESTONE_TITLE);
            }
            if (photo != null && photo.length > Baby.MAX_PHOTO_BYTES) {
                problems.add("photo", Reason.PHOTO_TOO_LARGE);
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
                problems.add("text", Reason.NOTE_TEXT);
            } else if (text.length() > 10_000) {
                problems.add("text", Reason.NOTE_TOO_LONG);
            }
        }
    }
}
