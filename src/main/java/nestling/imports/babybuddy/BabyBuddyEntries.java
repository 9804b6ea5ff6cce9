package nestling.imports.babybuddy;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nestling.domain.ActivityKind;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.SleepKind;
import nestling.domain.StoolColour;
import nestling.imports.SourceRow;
import nestling.imports.babybuddy.BabyBuddyValues.Stamp;

/** Diaper changes, sleep, tummy time, temperature, weight, height, head circumference and notes. */
final class BabyBuddyEntries {
    private final BabyBuddyUnits units;
    private final Function<String, LocalDate> birthDates;
    private final Map<String, Integer> sameDay = new HashMap<>();

    /** {@code birthDates}: a baby key's birth date from the Child export, or null. */
    BabyBuddyEntries(BabyBuddyUnits units, Function<String, LocalDate> birthDates) {
        this.units = units;
        this.birthDates = birthDates;
    }

    SourceRow diaperChange(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp time = BabyBuddyTimes.required(r, "time");
        boolean wet = yesOrNo(r, "wet");
        boolean solid = yesOrNo(r, "solid");
        List<String> extras = new ArrayList<>();
        StoolColour colour = null;
        String colourText = r.get("color");
        if (!colourText.isEmpty()) {
            StoolColour known = switch (colourText.toLowerCase(Locale.ROOT)) {
                case "black" -> StoolColour.BLACK;
                case "brown" -> StoolColour.BROWN;
                case "green" -> StoolColour.GREEN;
                case "yellow" -> StoolColour.YELLOW;
                default -> null;
            };
            // Nestling keeps a colour only with a dirty diaper; otherwise it is a note.
            if (known != null && solid) {
                colour = known;
            } else {
                extras.add("Colour: " + colourText);
            }
        }
        BigDecimal amount = BabyBuddyValues.number(r.get("amount"));
        if (amount != null) {
            extras.add("Amount: " + amount.stripTrailingZeros().toPlainString());
        }
        // Neither wet nor solid is how Baby Buddy records a dry diaper.
        var data = new EntryData.Diaper(wet, solid, !wet && !solid, colour, null, false, r.notes("notes", extras));
        return new SourceRow(r.where(), r.sourceKey(time.local().toString()), baby, time.local(), null, time.offset(), data);
    }

    SourceRow sleep(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp start = BabyBuddyTimes.required(r, "start");
        Stamp end = BabyBuddyTimes.required(r, "end");
        String napText = r.get("nap").isEmpty() ? r.get("napping") : r.get("nap"); // "napping" in older exports
        Boolean nap = BabyBuddyValues.bool(napText);
        SleepKind kind = nap == null ? SleepKind.suggestedFor(start.local().toLocalTime())
                : nap ? SleepKind.NAP : SleepKind.NIGHT;
        return new SourceRow(r.where(), r.sourceKey(start.local().toString()), baby, start.local(),
                BabyBuddyValues.endInStartOffset(start, end), start.offset(),
                new EntryData.Sleep(kind, null, r.notes("notes", List.of())));
    }

    SourceRow tummyTime(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp start = BabyBuddyTimes.required(r, "start");
        Stamp end = BabyBuddyTimes.required(r, "end");
        String milestone = r.get("milestone");
        String notes = r.notes("notes", List.of(milestone.isEmpty() ? "" : "Milestone: " + milestone));
        return new SourceRow(r.where(), r.sourceKey(start.local().toString()), baby, start.local(),
                BabyBuddyValues.endInStartOffset(start, end), start.offset(),
                new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, notes));
    }

    /** A temperature, and its notes as a note at the same time (Nestling's temperature has no notes). */
    List<SourceRow> temperature(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp time = BabyBuddyTimes.required(r, "time");
        BigDecimal value = requiredNumber(r, "temperature", RefusalSubject.TEMPERATURE);
        String key = r.sourceKey(time.local().toString());
        List<SourceRow> rows = new ArrayList<>();
        rows.add(new SourceRow(r.where(), key, baby, time.local(), null, time.offset(),
                new EntryData.Temperature(units.deciCelsius(value), null)));
        String notes = r.notes("notes", List.of());
        if (notes != null) {
            rows.add(new SourceRow(r.where(), key + "/notes", baby, time.local(), null, time.offset(),
                    new EntryData.Note("Temperature: " + notes)));
        }
        return rows;
    }

    SourceRow weight(BabyBuddyRecord r, String baby) throws Refusal {
        LocalDate date = BabyBuddyTimes.requiredDate(r);
        int grams = units.grams(requiredNumber(r, "weight", RefusalSubject.WEIGHT));
        return growth(r, baby, date, new EntryData.Growth(grams, null, null, null, r.notes("notes", List.of())));
    }

    SourceRow height(BabyBuddyRecord r, String baby) throws Refusal {
        LocalDate date = BabyBuddyTimes.requiredDate(r);
        int mm = units.mm(requiredNumber(r, "height", RefusalSubject.HEIGHT), RefusalSubject.HEIGHT);
        LocalDate birth = birthDates.apply(baby);
        // Under two years a baby is measured lying down (WHO); Baby Buddy does not say, so the age decides.
        LengthPosition position = birth != null && !date.isBefore(birth.plusYears(2))
                ? LengthPosition.STANDING : LengthPosition.LYING;
        return growth(r, baby, date, new EntryData.Growth(null, mm, position, null, r.notes("notes", List.of())));
    }

    SourceRow headCircumference(BabyBuddyRecord r, String baby) throws Refusal {
        LocalDate date = BabyBuddyTimes.requiredDate(r);
        int mm = units.mm(requiredNumber(r, "head_circumference", RefusalSubject.HEAD_CIRCUMFERENCE), RefusalSubject.HEAD_CIRCUMFERENCE);
        return growth(r, baby, date, new EntryData.Growth(null, null, null, mm, r.notes("notes", List.of())));
    }

    SourceRow note(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp time = BabyBuddyTimes.required(r, "time");
        String text = r.notes("note", List.of());
        if (text == null) {
            throw new Refusal(RefusalReason.NOTE_EMPTY);
        }
        return new SourceRow(r.where(), r.sourceKey(time.local().toString()), baby, time.local(), null, time.offset(),
                new EntryData.Note(text));
    }

    /**
     * A date-only measurement at noon: weight 12:00, height 12:01, head 12:02, and three minutes later for
     * each further one of the same kind that day, so the import does not take a weight and a height of
     * the same day for one growth entry logged twice (it skips entries of a type less than a minute apart).
     */
    private SourceRow growth(BabyBuddyRecord r, String baby, LocalDate date, EntryData data) {
        int kind = switch (r.model()) {
            case HEIGHT -> 1;
            case HEAD_CIRCUMFERENCE -> 2;
            default -> 0;
        };
        int earlier = sameDay.merge(r.model() + "/" + baby + "/" + date, 1, Integer::sum) - 1;
        LocalDateTime at = date.atTime(BabyBuddyTimes.DATE_ONLY_TIME).plusMinutes(kind + 3L * earlier);
        return new SourceRow(r.where(), r.sourceKey(date.toString()), baby, at, null, null, data);
    }

    /** Empty is no; anything but 1/0 or true/false is refused rather than guessed (a wet diaper as dry). */
    private static boolean yesOrNo(BabyBuddyRecord r, String column) throws Refusal {
        String text = r.get(column);
        Boolean value = BabyBuddyValues.bool(text);
        if (value == null && !text.isEmpty()) {
            throw new Refusal(RefusalReason.YES_OR_NO, column);
        }
        return Boolean.TRUE.equals(value);
    }

    private static BigDecimal requiredNumber(BabyBuddyRecord r, String column, RefusalSubject subject) throws Refusal {
        BigDecimal value = BabyBuddyValues.number(r.get(column));
        if (value == null) {
            throw new Refusal(r.get(column).isEmpty() ? RefusalReason.MISSING : RefusalReason.NOT_A_NUMBER, subject);
        }
        return value;
    }
}
