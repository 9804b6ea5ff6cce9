package nestling.imports.huckleberry;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Reaction;
import nestling.domain.SleepKind;
import nestling.imports.Notes;
import nestling.imports.Nursing;
import nestling.imports.Quantities;
import nestling.imports.RowRefusal;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceLine;
import nestling.imports.SourceRow;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/**
 * One Huckleberry row into Nestling's terms. The middle columns per type (as Huckleberry's export
 * writes them; docs/import-formats/huckleberry.md has the table): a breastfeed's right side's minutes in
 * Start Condition and left side's in End Condition, {@code 00:35R} / {@code 00:21L} (read by the letter), a bottle's milk in Start Condition and
 * amount in End Condition ({@code 120ml}, {@code 4oz}), a diaper's Pee/Poo/Both in End Condition with
 * colour and consistency beside it, a pump's left and right amounts, growth as weight, length and
 * head in the three columns, a medicine's name in Start Location and dose in Start Condition.
 * Whatever has no Nestling field is kept in the entry's notes.
 */
final class HuckleberryRows {
    private static final Pattern SIDE_MINUTES = Pattern.compile("^(\\d{1,2}):([0-5]\\d)(?::([0-5]\\d))?\\s*([LR])$",
            Pattern.CASE_INSENSITIVE);

    private final CsvHeader header;
    private final String baby;
    private final SourceAnswers answers;
    private final String caregiverColumn;

    HuckleberryRows(CsvHeader header, String fileName, String baby, SourceAnswers answers) {
        this.header = header;
        this.baby = baby;
        this.answers = answers;
        this.caregiverColumn = header.has("Caregiver") ? "Caregiver" : header.has("Logged By") ? "Logged By" : null;
    }

    /** The row as zero, one or two source rows (a temperature's note becomes a note beside it). */
    List<SourceRow> map(CsvReader.Record r, SourceLine where) throws RowRefusal {
        String type = get(r, "Type");
        if (type.isEmpty()) {
            throw new RowRefusal(RefusalReason.NO_TYPE);
        }
        LocalDateTime start = HuckleberryValues.time(get(r, "Start"), RefusalSubject.START);
        if (start == null) {
            throw new RowRefusal(RefusalReason.NO_START);
        }
        LocalDateTime end = HuckleberryValues.time(get(r, "End"), RefusalSubject.END);
        Duration duration = HuckleberryValues.duration(get(r, "Duration"));
        if (end == null && duration != null) {
            end = start.plus(duration);
        }
        String startCondition = get(r, "Start Condition");
        String location = get(r, "Start Location");
        String endCondition = get(r, "End Condition");
        Notes notes = new Notes().add(r.get(header.index("Notes").orElseThrow()));
        if (caregiverColumn != null) {
            notes.add("Logged by", get(r, caregiverColumn));
        }
        String key = String.join("\u001f", type, get(r, "Start"), get(r, "End"), get(r, "Duration"), startCondition,
                location, endCondition, baby == null ? "" : baby);
        Row row = new Row(where, key, start, end);
        String kind = type.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "sleep" -> List.of(sleep(row, startCondition, location, endCondition, notes));
            case "feed", "feeding", "nursing" -> List.of(feed(row, startCondition, location, endCondition, notes));
            case "pump", "pumping" -> List.of(pump(row, startCondition, location, endCondition, notes));
            case "diaper", "diaper change" -> List.of(diaper(row, get(r, "Duration"), startCondition, location, endCondition,
                    notes));
            case "solids", "solid", "solid food" -> List.of(solids(row, startCondition, location, endCondition, notes));
            case "growth" -> List.of(growth(row, startCondition, location, endCondition, notes));
            case "meds", "medicine", "medication" -> List.of(medicine(row, startCondition, location, endCondition, notes));
            case "temp", "temperature" -> temperature(row, startCondition, location, endCondition, notes);
            default -> List.of(other(row, type, startCondition, location, endCondition, notes));
        };
    }

    private record Row(SourceLine where, String key, LocalDateTime start, LocalDateTime end) {
        SourceRow with(String baby, EntryData data, boolean timed) {
            return new SourceRow(where, key, baby, start, timed ? end : null, null, data);
        }
    }

    private SourceRow sleep(Row row, String startCondition, String location, String endCondition, Notes notes) {
        nestling.domain.SleepPlace place = HuckleberryWords.sleepPlace(location);
        notes.add("Start condition", startCondition).add("End condition", endCondition);
        if (place == null) {
            notes.add("Location", location);
        }
        return row.with(baby, new EntryData.Sleep(SleepKind.suggestedFor(row.start().toLocalTime()), place, notes.text()),
                true);
    }

    private SourceRow feed(Row row, String startCondition, String location, String endCondition, Notes notes)
            throws RowRefusal {
        String where = location.toLowerCase(Locale.ROOT);
        if (where.equals("bottle")) {
            BottleContent content = HuckleberryWords.bottleContent(startCondition);
            if (content == BottleContent.OTHER) {
                notes.add("Content", startCondition);
            }
            Integer ml = volume(endCondition, RefusalSubject.BOTTLE_AMOUNT);
            if (ml == null) {
                throw new RowRefusal(RefusalReason.BOTTLE_NO_AMOUNT);
            }
            return row.with(baby, new EntryData.Bottle(content, ml, notes.text()), false);
        }
        if (!where.isEmpty() && !where.equals("breast")) {
            notes.add("Feed", location);
        }
        // Huckleberry writes the right side's total in Start Condition and the left's in End Condition
        // ("00:35R", "00:21L"): fixed columns per side, not the order of sides. Each cell is read by its letter.
        long left = 0;
        long right = 0;
        for (String cell : List.of(startCondition, endCondition)) {
            if (cell.isEmpty()) {
                continue;
            }
            Matcher m = SIDE_MINUTES.matcher(cell);
            if (!m.matches()) {
                throw new RowRefusal(RefusalReason.BREASTFEED_SIDES_UNREADABLE);
            }
            long seconds = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                    + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
            if (m.group(4).equalsIgnoreCase("L")) {
                left += seconds;
            } else {
                right += seconds;
            }
        }
        LocalDateTime end = row.end() != null ? row.end() : row.start().plusSeconds(left + right);
        if (row.end() == null && left + right == 0) {
            notes.add("Huckleberry recorded no duration for this feed");
        }
        EntryData data = Nursing.breastfeeding(left, right, null, null, notes.text());
        return new SourceRow(row.where(), row.key(), baby, row.start(), end, null, data);
    }

    private SourceRow pump(Row row, String startCondition, String location, String endCondition, Notes notes)
            throws RowRefusal {
        Integer first = volume(startCondition, RefusalSubject.PUMPED_AMOUNT);
        Integer second = volume(endCondition, RefusalSubject.PUMPED_AMOUNT);
        Integer left = first;
        Integer right = second;
        if (second == null && first != null) {
            String side = location.toLowerCase(Locale.ROOT);
            if (side.startsWith("r")) {
                left = null;
                right = first;
            } else if (!side.startsWith("l")) {
                left = null; // one amount for the session: Nestling keeps amounts per side, so it goes in the notes
                notes.add("Total", first + " ml");
            }
        } else {
            notes.add("Location", location);
        }
        LocalDateTime end = row.end() != null ? row.end() : row.start();
        return new SourceRow(row.where(), row.key(), baby, row.start(), end, null,
                new EntryData.Pumping(left, right, notes.text()));
    }

    private SourceRow diaper(Row row, String durationColumn, String startCondition, String location,
            String endCondition, Notes notes) throws RowRefusal {
        String what = endCondition.toLowerCase(Locale.ROOT);
        String head = what.split("[:,;\\s]", 2)[0];
        boolean wet = head.equals("pee") || head.equals("both") || head.equals("wet") || head.equals("mixed");
        boolean dirty = head.equals("poo") || head.equals("poop") || head.equals("both") || head.equals("dirty")
                || head.equals("mixed");
        boolean dry = head.equals("dry") || head.equals("clean");
        if (!wet && !dirty && !dry) {
            throw new RowRefusal(RefusalReason.DIAPER_NOT_HUCKLEBERRY);
        }
        if (endCondition.length() > head.length()) {
            notes.add("Detail", endCondition.substring(head.length()).replaceFirst("^[:,;\\s]+", ""));
        }
        nestling.domain.StoolColour colour = null;
        nestling.domain.StoolConsistency consistency = null;
        StringBuilder stoolWords = new StringBuilder();
        boolean rash = false;
        for (String word : List.of(startCondition, durationColumn, location)) {
            if (word.isEmpty() || HuckleberryValues.HOURS_MINUTES.matcher(word).matches()) {
                continue;
            }
            if (HuckleberryWords.isRash(word)) {
                rash = true; // Huckleberry writes "Diaper rash" in Start Location
                continue;
            }
            if (colour == null && HuckleberryWords.colour(word) != null) {
                colour = HuckleberryWords.colour(word);
            } else if (consistency == null && HuckleberryWords.consistency(word) != null) {
                consistency = HuckleberryWords.consistency(word);
            } else {
                notes.add(word);
                continue;
            }
            stoolWords.append(stoolWords.isEmpty() ? "" : ", ").append(word);
        }
        if (!dirty && !stoolWords.isEmpty()) {
            notes.add("Stool", stoolWords.toString()); // Nestling keeps stool only with a dirty diaper
            colour = null;
            consistency = null;
        }
        return row.with(baby, new EntryData.Diaper(wet, dirty, dry, colour, consistency, rash, notes.text()), false);
    }

    /**
     * Huckleberry writes the food in Start Condition and the reaction in End Condition (LOVED, MEH, HATED,
     * ALLERGIC); End Condition text that is not a reaction is the amount. Older exports wrote the reaction
     * in Start Location ("Loved it"), read when End Condition has none.
     */
    private SourceRow solids(Row row, String startCondition, String location, String endCondition, Notes notes) {
        List<String> foods = Arrays.stream(startCondition.split("[,;]")).map(String::strip).filter(f -> !f.isEmpty())
                .toList();
        boolean endIsReaction = HuckleberryWords.isSolidsReaction(endCondition);
        String amount = endIsReaction || endCondition.isEmpty() ? null : endCondition;
        Reaction reaction = endIsReaction ? HuckleberryWords.reaction(endCondition) : null;
        if (endIsReaction && reaction == null) {
            notes.add("Reaction", endCondition); // MEH: Nestling has no word between liked and disliked
        }
        Reaction fromLocation = HuckleberryWords.reaction(location);
        if (reaction == null && !endIsReaction && fromLocation != null) {
            reaction = fromLocation;
        } else {
            notes.add(endIsReaction ? "Location" : "Reaction", location);
        }
        // Nestling's possible allergy needs a note saying what was seen; Huckleberry only marks it
        String allergyNote = reaction == Reaction.POSSIBLE_ALLERGY ? "Marked allergic in Huckleberry" : null;
        return row.with(baby, new EntryData.Solids(foods, amount, reaction, allergyNote, notes.text()), false);
    }

    private SourceRow growth(Row row, String weightText, String lengthText, String headText, Notes notes)
            throws RowRefusal {
        String weight = HuckleberryValues.growthUnits(weightText);
        String length = HuckleberryValues.growthUnits(lengthText);
        String head = HuckleberryValues.growthUnits(headText);
        Integer grams = HuckleberryValues.quantity(() -> Quantities.grams(weight, answers.units(), RefusalSubject.WEIGHT));
        Integer lengthMm = HuckleberryValues.quantity(() -> Quantities.mm(length, answers.units(), RefusalSubject.LENGTH));
        Integer headMm = HuckleberryValues.quantity(() -> Quantities.mm(head, answers.units(), RefusalSubject.HEAD_CIRCUMFERENCE));
        // Huckleberry does not say how the length was measured; a baby's is measured lying down
        return row.with(baby, new EntryData.Growth(grams, lengthMm, lengthMm == null ? null : LengthPosition.LYING, headMm,
                notes.text()), false);
    }

    private SourceRow medicine(Row row, String dose, String name, String endCondition, Notes notes) throws RowRefusal {
        Quantities.Amount amount = HuckleberryValues.quantity(() -> dose.isEmpty() ? null : Quantities.amount(dose, RefusalSubject.DOSE));
        DoseUnit unit = amount == null ? null : HuckleberryWords.doseUnit(amount.unit());
        notes.add("End condition", endCondition);
        if (amount == null || unit == null || name.isEmpty()) {
            // Nestling's medicine needs a name, a dose and its unit: without them it is kept as a note
            Notes note = new Notes().add("Medicine" + (name.isEmpty() ? "" : ": " + name)
                    + (dose.isEmpty() ? "" : " (" + dose + ")")).add(notes.text());
            return row.with(baby, new EntryData.Note(note.text()), false);
        }
        return row.with(baby, new EntryData.Medicine(name, amount.number(), unit, null, notes.text()), false);
    }

    private List<SourceRow> temperature(Row row, String value, String location, String endCondition, Notes notes)
            throws RowRefusal {
        Integer deci = HuckleberryValues.quantity(() -> Quantities.deciCelsius(value, answers.units(), RefusalSubject.TEMPERATURE));
        if (deci == null) {
            throw new RowRefusal(RefusalReason.TEMPERATURE_MISSING);
        }
        nestling.domain.TemperatureMethod method = HuckleberryWords.method(location);
        if (method == null) {
            notes.add("Measured", location);
        }
        notes.add("End condition", endCondition);
        SourceRow reading = row.with(baby, new EntryData.Temperature(deci, method), false);
        String text = notes.text();
        if (text == null) {
            return List.of(reading);
        }
        // Nestling's temperature has no notes: what came with it is a note at the same time
        return List.of(reading, new SourceRow(row.where(), row.key() + "\u001fnote", baby, row.start(), null, null,
                new EntryData.Note("Temperature: " + text)));
    }

    private SourceRow other(Row row, String type, String startCondition, String location, String endCondition,
            Notes notes) {
        ActivityKind kind = HuckleberryWords.activity(type);
        Notes extra = new Notes().add("Start condition", startCondition).add("Location", location)
                .add("End condition", endCondition);
        if (kind != null) {
            return row.with(baby, new EntryData.Activity(kind, null, null, new Notes().add(notes.text())
                    .add(extra.text()).text()), true);
        }
        // a kind of row Nestling has no entry for (potty, screen time, skin to skin, …): kept as a note
        String span = row.end() == null ? "" : " until " + row.end().toLocalTime();
        Notes note = new Notes().add(type + span).add(notes.text()).add(extra.text());
        return row.with(baby, new EntryData.Note(note.text()), false);
    }

    private Integer volume(String text, RefusalSubject what) throws RowRefusal {
        return HuckleberryValues.quantity(() -> Quantities.ml(text, answers.units(), what));
    }

    private String get(CsvReader.Record r, String column) {
        return header.get(r, column);
    }
}
