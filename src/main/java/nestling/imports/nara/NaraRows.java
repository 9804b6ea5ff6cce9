package nestling.imports.nara;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.imports.Notes;
import nestling.imports.Quantities;
import nestling.imports.RowRefusal;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceLine;
import nestling.imports.SourceRow;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/**
 * One Nara Baby row into Nestling's terms, by its type's column family. Times are exact (epoch
 * milliseconds) and carry the zone the phone was in, so they keep that zone's offset; without a zone
 * the parent's is used. A combo feed is two entries, the breastfeed and the bottle. Durations are
 * whole seconds (fractions dropped). Whatever has no Nestling field is kept in the notes.
 */
final class NaraRows {
    private final CsvHeader header;
    private final SourceAnswers answers;

    NaraRows(CsvHeader header, SourceAnswers answers) {
        this.header = header;
        this.answers = answers;
    }

    /** The child this row is about (with its birth date on a Profile row), or null when the row names none. */
    SourceBaby baby(CsvReader.Record r) {
        String name = get(r, "Profile Name");
        if (name.isEmpty()) {
            return null;
        }
        LocalDate birth = null;
        if (get(r, "Type").equalsIgnoreCase("Profile")) {
            birth = date(get(r, "[Profile] Birth Date"));
        }
        return new SourceBaby(babyKey(r), name, birth);
    }

    private String babyKey(CsvReader.Record r) {
        String key = get(r, "_profileKey");
        return key.isEmpty() ? get(r, "Profile Name") : key;
    }

    List<SourceRow> map(CsvReader.Record r, SourceLine where) throws RowRefusal {
        String type = get(r, "Type");
        if (type.equalsIgnoreCase("Profile")) {
            return List.of();
        }
        if (type.isEmpty()) {
            throw new RowRefusal(RefusalReason.NO_TYPE);
        }
        Start start = start(r);
        String key = get(r, "_activityKey").isEmpty() ? type + "\u001f" + get(r, "Start Date/time (Epoch)")
                : get(r, "_activityKey");
        Notes notes = new Notes().add(r.get(header.index("Note").orElse(Integer.MAX_VALUE)));
        notes.add("Logged by", get(r, "Created By Caregiver"));
        String baby = get(r, "Profile Name").isEmpty() ? null : babyKey(r);
        Maker make = (suffix, end, data) -> new SourceRow(where, key + suffix, baby, start.local(), end, start.offset(),
                data);
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "breastfeed" -> List.of(breastfeed(r, "[Breastfeed]", "", make, start, notes));
            case "bottle feed" -> List.of(make.row("", null, bottle(r, "[Bottle Feed]", notes)));
            case "combo feed" -> combo(r, make, start, notes);
            case "diaper" -> List.of(make.row("", null, NaraDiaper.of(this, r, notes)));
            case "sleep" -> List.of(make.row("", end(r, "[Sleep]", start), new EntryData.Sleep(
                    SleepKind.suggestedFor(start.local().toLocalTime()), null, notes.text())));
            case "pump" -> List.of(pump(r, make, start, notes));
            case "growth" -> List.of(make.row("", null, growth(r, notes)));
            case "solid feed" -> List.of(make.row("", null, solids(r, notes)));
            case "milestone", "baby first" -> List.of(make.row("", null, milestone(r, type, notes)));
            default -> List.of(make.row("", null, other(r, type, notes)));
        };
    }

    @FunctionalInterface
    private interface Maker {
        SourceRow row(String suffix, LocalDateTime end, EntryData data);
    }

    private record Start(LocalDateTime local, ZoneOffset offset, Instant instant) {
    }

    private Start start(CsvReader.Record r) throws RowRefusal {
        String epoch = get(r, "Start Date/time (Epoch)");
        if (epoch.isEmpty()) {
            throw new RowRefusal(RefusalReason.NO_START);
        }
        Instant instant = epoch(epoch, RefusalSubject.START);
        ZoneId zone = zone(get(r, "Time Zone"));
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return new Start(LocalDateTime.ofInstant(instant, offset), offset, instant);
    }

    private ZoneId zone(String name) {
        try {
            return name.isEmpty() ? answers.zone() : ZoneId.of(name);
        } catch (DateTimeException e) {
            return answers.zone();
        }
    }

    static Instant epoch(String text, RefusalSubject which) throws RowRefusal {
        try {
            return Instant.ofEpochMilli(new BigDecimal(text).setScale(0, RoundingMode.FLOOR).longValueExact());
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw new RowRefusal(RefusalReason.TIME_NOT_NARA, which);
        }
    }

    /** The end from the family's end epoch, else its duration in seconds; null when it has neither. */
    LocalDateTime end(CsvReader.Record r, String family, Start start) throws RowRefusal {
        String epoch = get(r, family + " End Date/time (Epoch)");
        if (!epoch.isEmpty()) {
            return LocalDateTime.ofInstant(epoch(epoch, RefusalSubject.END), start.offset());
        }
        Long seconds = seconds(r, family + " Duration (Seconds)");
        return seconds == null ? null : start.local().plusSeconds(seconds);
    }

    Long seconds(CsvReader.Record r, String column) throws RowRefusal {
        String text = get(r, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).setScale(0, RoundingMode.FLOOR).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowRefusal(RefusalReason.DURATION_NOT_SECONDS);
        }
    }

    private List<SourceRow> combo(CsvReader.Record r, Maker make, Start start, Notes notes) throws RowRefusal {
        List<SourceRow> rows = new ArrayList<>();
        rows.add(breastfeed(r, "[Combo Feed]", "\u001fbreast", make, start, notes));
        if (hasVolume(r, "[Combo Feed]")) {
            rows.add(make.row("\u001fbottle", null, bottle(r, "[Combo Feed]", notes)));
        }
        return rows;
    }

    /**
     * Seconds per side, the side it began and ended on; the end is the start plus both sides (Nara
     * times the sides, not pauses). Both sides used and begun where it ended: it switched twice.
     */
    private SourceRow breastfeed(CsvReader.Record r, String family, String suffix, Maker make, Start start, Notes notes)
            throws RowRefusal {
        Long left = seconds(r, family + " Left Duration (Seconds)");
        Long right = seconds(r, family + " Right Duration (Seconds)");
        if (left == null && right == null) {
            throw new RowRefusal(RefusalReason.BREASTFEED_NO_TIME);
        }
        long l = left == null ? 0 : left;
        long rt = right == null ? 0 : right;
        Side begin = side(get(r, family + " Begin Side"));
        Side last = side(get(r, family + " End Side"));
        if (l > 0 && rt == 0) {
            last = Side.LEFT;
        } else if (rt > 0 && l == 0) {
            last = Side.RIGHT;
        } else if (last == null && begin != null && l > 0) {
            last = begin.other();
        }
        int switches = l > 0 && rt > 0 ? (begin != null && begin == last ? 2 : 1) : 0;
        Notes feedNotes = new Notes().add(notes.text());
        if (l + rt > 0 && last == null) {
            last = Side.RIGHT; // both sides timed, neither begin nor end side written: Nestling needs one
            feedNotes.add("The side the feed ended on was not recorded");
        }
        return make.row(suffix, start.local().plusSeconds(l + rt),
                new EntryData.Breastfeeding(l, rt, l + rt > 0 ? last : null, switches, 0, feedNotes.text()));
    }

    private boolean hasVolume(CsvReader.Record r, String family) {
        return !get(r, family + " Volume").isEmpty() || !get(r, family + " Breast Milk Volume").isEmpty()
                || !get(r, family + " Formula Volume").isEmpty();
    }

    private EntryData bottle(CsvReader.Record r, String family, Notes notes) throws RowRefusal {
        String type = get(r, family + " Type").toLowerCase(Locale.ROOT);
        Integer breastMilk = volume(r, family + " Breast Milk Volume", RefusalSubject.BREAST_MILK_AMOUNT);
        Integer formula = volume(r, family + " Formula Volume", RefusalSubject.FORMULA_AMOUNT);
        Integer generic = volume(r, family + " Volume", RefusalSubject.AMOUNT);
        BottleContent content = switch (type) {
            case "breast milk" -> BottleContent.BREAST_MILK;
            case "formula" -> BottleContent.FORMULA;
            case "breast milk formula", "breast milk and formula", "mixed" -> BottleContent.MIXED;
            case "" -> null;
            default -> BottleContent.OTHER;
        };
        Integer ml;
        Notes bottleNotes = new Notes().add(notes.text()).add("Formula", get(r, family + " Formula Name"));
        if (breastMilk != null && formula != null) {
            content = BottleContent.MIXED;
            ml = breastMilk + formula;
            bottleNotes.add("Breast milk " + breastMilk + " ml, formula " + formula + " ml");
        } else if (breastMilk != null) {
            ml = breastMilk;
            content = content == BottleContent.MIXED || content == null ? BottleContent.BREAST_MILK : content;
        } else if (formula != null) {
            ml = formula;
            content = content == BottleContent.MIXED || content == null ? BottleContent.FORMULA : content;
        } else {
            ml = generic;
        }
        if (content == BottleContent.OTHER) {
            bottleNotes.add("Content", get(r, family + " Type"));
        }
        if (ml == null) {
            throw new RowRefusal(RefusalReason.BOTTLE_NO_AMOUNT);
        }
        return new EntryData.Bottle(content, ml, bottleNotes.text());
    }

    private SourceRow pump(CsvReader.Record r, Maker make, Start start, Notes notes) throws RowRefusal {
        Integer left = volume(r, "[Pump] Left Volume", RefusalSubject.LEFT_AMOUNT);
        Integer right = volume(r, "[Pump] Right Volume", RefusalSubject.RIGHT_AMOUNT);
        Integer total = volume(r, "[Pump] Total Volume", RefusalSubject.TOTAL_AMOUNT);
        if ((left == null || left == 0) && (right == null || right == 0) && total != null && total > 0) {
            left = null; // a session's total without sides: Nestling keeps amounts per side, so it goes in the notes
            right = null;
            notes.add("Total", total + " ml");
        }
        LocalDateTime end = end(r, "[Pump]", start);
        return make.row("", end == null ? start.local() : end, new EntryData.Pumping(left, right, notes.text()));
    }

    private EntryData growth(CsvReader.Record r, Notes notes) throws RowRefusal {
        Integer grams = measure(r, "[Growth] Weight", RefusalSubject.WEIGHT, Quantities::grams);
        Integer length = measure(r, "[Growth] Height", RefusalSubject.HEIGHT, Quantities::mm);
        Integer head = measure(r, "[Growth] Head Size", RefusalSubject.HEAD_SIZE, Quantities::mm);
        // Nara does not say how the height was measured; a baby's length is measured lying down
        return new EntryData.Growth(grams, length, length == null ? null : LengthPosition.LYING, head, notes.text());
    }

    private EntryData solids(CsvReader.Record r, Notes notes) {
        List<String> foods = Arrays.stream(get(r, "[Solid Feed] Food").split("[,;]")).map(String::strip)
                .filter(f -> !f.isEmpty()).toList();
        return new EntryData.Solids(foods, null, null, null, new Notes().add(notes.text())
                .add("Meal", get(r, "[Solid Feed] Meal")).text());
    }

    private EntryData milestone(CsvReader.Record r, String type, Notes notes) {
        String title = get(r, "[" + type + "] " + type);
        return new EntryData.Milestone(title.isEmpty() ? type : title, notes.text(), null);
    }

    private EntryData other(CsvReader.Record r, String type, Notes notes) {
        String value = get(r, "[" + type + "] " + type);
        return new EntryData.Note(new Notes().add(type + (value.isEmpty() ? "" : ": " + value)).add(notes.text()).text());
    }

    private Integer volume(CsvReader.Record r, String column, RefusalSubject what) throws RowRefusal {
        return measure(r, column, what, Quantities::ml);
    }

    @FunctionalInterface
    private interface Converter {
        Integer convert(BigDecimal number, String unit, RefusalSubject what) throws Quantities.Unreadable;
    }

    private Integer measure(CsvReader.Record r, String column, RefusalSubject what, Converter converter) throws RowRefusal {
        String text = get(r, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return converter.convert(new BigDecimal(text.replace(',', '.')), get(r, column + " Unit"), what);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowRefusal(RefusalReason.NOT_A_NUMBER, what);
        } catch (Quantities.Unreadable e) {
            throw new RowRefusal(RefusalReason.UNKNOWN_UNIT, what);
        }
    }

    String get(CsvReader.Record r, String column) {
        return header.get(r, column);
    }

    private static LocalDate date(String text) {
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Side words as Nara writes them: {@code LEFT.nonTimer}, {@code RIGHT.timer}, {@code Left}. */
    static Side side(String text) {
        String word = text.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
        return word.equals("LEFT") ? Side.LEFT : word.equals("RIGHT") ? Side.RIGHT : null;
    }
}
