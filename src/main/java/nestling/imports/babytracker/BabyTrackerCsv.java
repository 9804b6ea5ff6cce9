package nestling.imports.babytracker;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.SleepKind;
import nestling.imports.SourceRow;
import nestling.imports.babytracker.BabyTrackerAmounts.Amount;

/**
 * Baby Tracker's CSV export: one file per baby and category, named "{Baby}_{category}.csv", each with the
 * columns Baby, Time, the category's own, and Note. Durations are minutes; amounts carry their unit in the
 * column's brackets. A category Nestling has no entry for (joy, journal, vaccine, …) becomes a note.
 */
final class BabyTrackerCsv {
    /** Longest first, so "other_activity" is not read as "activity". */
    static final List<String> CATEGORIES = List.of("health_question", "other_activity", "doctor_visit",
            "other_feed", "supplement", "temperature", "medication", "medicine", "expressed", "milestone",
            "allergen", "activity", "nursing", "formula", "vaccine", "journal", "diaper", "growth", "sleep",
            "pump", "bath", "sick", "joy");

    private final BabyTrackerAmounts amounts;

    BabyTrackerCsv(BabyTrackerAmounts amounts) {
        this.amounts = amounts;
    }

    /** The category a file name ends with; "other" when none. */
    static String category(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "").replace(' ', '_').replace('-', '_');
        for (String category : CATEGORIES) {
            if (n.equals(category) || n.endsWith("_" + category)) {
                return category;
            }
        }
        return "other";
    }

    List<SourceRow> map(BabyTrackerRow r, LocalDateTime start, String baby, String key) throws Refusal {
        String note = r.get("note");
        return switch (r.category()) {
            case "nursing" -> {
                long left = minutes(r, "leftduration") * 60;
                long right = minutes(r, "rightduration") * 60;
                long total = Math.max(minutes(r, "totalduration", "total") * 60, left + right);
                var data = nestling.imports.Nursing.breastfeeding(left, right, BabyTrackerEntries.side(r.get("startside")), null,
                        null);
                yield one(r, key, baby, start, start.plusSeconds(total),
                        new EntryData.Breastfeeding(data.leftSeconds(), data.rightSeconds(), data.lastSide(),
                                data.sideSwitches(), 0, notes(r, note, data.notes())));
            }
            case "pump" -> {
                Integer left = ml(r, "leftamount");
                Integer right = ml(r, "rightamount");
                List<String> extras = new ArrayList<>();
                Integer total = ml(r, "totalamount", "amount");
                if (total != null && left == null && right == null) {
                    extras.add("Total pumped: " + total + " ml (sides not recorded)");
                }
                long minutes = Math.max(minutes(r, "totalduration", "duration"),
                        minutes(r, "leftduration") + minutes(r, "rightduration"));
                yield one(r, key, baby, start, start.plusMinutes(minutes),
                        new EntryData.Pumping(left, right, notes(r, note, extras)));
            }
            case "expressed", "formula" -> {
                Integer ml = ml(r, "amount");
                if (ml == null) {
                    throw new Refusal(RefusalReason.BOTTLE_NO_AMOUNT);
                }
                BottleContent content = r.category().equals("formula") ? BottleContent.FORMULA : BottleContent.BREAST_MILK;
                yield one(r, key, baby, start, null, new EntryData.Bottle(content, ml, notes(r, note)));
            }
            case "supplement", "other_feed" -> {
                String food = r.get("supplement", "food", "name", "type");
                if (food.isEmpty()) {
                    food = "Supplement";
                }
                String amount = joined(r.get("amount"), r.unit("amount"), r.get("unit"));
                yield one(r, key, baby, start, null, new EntryData.Solids(List.of(food), amount, null, null, notes(r, note)));
            }
            case "diaper" -> one(r, key, baby, start, null, diaper(r, note));
            case "sleep" -> {
                long minutes = minutes(r, "duration");
                yield one(r, key, baby, start, start.plusMinutes(minutes),
                        new EntryData.Sleep(SleepKind.suggestedFor(start.toLocalTime()), null, notes(r, note)));
            }
            case "growth" -> one(r, key, baby, start, null, growth(r, note));
            case "temperature" -> {
                Amount t = BabyTrackerAmounts.parse(r.get("temperature", "temp"), r.unit("temperature", "temp"),
                        RefusalSubject.TEMPERATURE);
                if (t == null) {
                    throw new Refusal(RefusalReason.TEMPERATURE_MISSING);
                }
                List<SourceRow> rows = new ArrayList<>(one(r, key, baby, start, null,
                        new EntryData.Temperature(amounts.deciCelsius(t), null)));
                String rest = notes(r, note);
                if (rest != null) {
                    rows.add(new SourceRow(r.where(), key + "/notes", baby, start, null, null,
                            new EntryData.Note("Temperature: " + rest)));
                }
                yield rows;
            }
            case "medication", "medicine" -> one(r, key, baby, start, null, medicine(r, note));
            case "milestone" -> {
                String title = r.get("milestone", "name");
                yield one(r, key, baby, start, null, new EntryData.Milestone(title.isEmpty() ? "Milestone" : title,
                        notes(r, note), null));
            }
            case "other_activity", "activity", "bath" -> activity(r, key, baby, start, note);
            default -> {
                // A column named as the category ("Vaccine") says what it was; the rest is the note.
                String named = r.get(r.category().replace("_", ""));
                String text = notes(r, note);
                if (named.isEmpty() && text == null) {
                    throw new Refusal(RefusalReason.ROW_EMPTY);
                }
                String head = label(r.category()) + (named.isEmpty() ? "" : ": " + named);
                String body = text == null ? head : head + (named.isEmpty() ? ": " : "\n") + text;
                yield one(r, key, baby, start, null, new EntryData.Note(body));
            }
        };
    }

    private EntryData.Diaper diaper(BabyTrackerRow r, String note) throws Refusal {
        String status = r.get("status").toLowerCase(Locale.ROOT);
        return switch (status) {
            case "wet", "pee" -> new EntryData.Diaper(true, false, false, null, null, false, notes(r, note));
            case "dirty", "poo", "poop", "bm" -> new EntryData.Diaper(false, true, false, null, null, false, notes(r, note));
            case "mixed", "both", "wet and dirty" -> new EntryData.Diaper(true, true, false, null, null, false, notes(r, note));
            case "dry", "clean" -> new EntryData.Diaper(false, false, true, null, null, false, notes(r, note));
            default -> throw new Refusal(RefusalReason.DIAPER_NOT_BABY_TRACKER);
        };
    }

    private EntryData.Growth growth(BabyTrackerRow r, String note) throws Refusal {
        String weightText = r.get("weight");
        Integer grams = weightText.isEmpty() ? null : amounts.grams(weightText, r.unit("weight"));
        Amount length = BabyTrackerAmounts.parse(r.get("length", "height"), r.unit("length", "height"), RefusalSubject.LENGTH);
        Amount head = BabyTrackerAmounts.parse(r.get("head"), r.unit("head"), RefusalSubject.HEAD_CIRCUMFERENCE);
        Integer lengthMm = length == null ? null : amounts.mm(length, RefusalSubject.LENGTH);
        Integer headMm = head == null ? null : amounts.mm(head, RefusalSubject.HEAD_CIRCUMFERENCE);
        if (grams == null && lengthMm == null && headMm == null) {
            throw new Refusal(RefusalReason.GROWTH_EMPTY);
        }
        // Baby Tracker records "length", measured lying down.
        return new EntryData.Growth(grams, lengthMm, lengthMm == null ? null : LengthPosition.LYING, headMm,
                notes(r, note));
    }

    private EntryData.Medicine medicine(BabyTrackerRow r, String note) throws Refusal {
        String name = r.get("medication", "medicine", "name");
        if (name.isEmpty()) {
            throw new Refusal(RefusalReason.MEDICINE_NO_NAME);
        }
        Amount dose = BabyTrackerAmounts.parse(r.get("amount", "dose"), r.unit("amount", "dose"), RefusalSubject.DOSE);
        String unitColumn = r.has("unit") ? r.get("unit") : r.besideUnnamed("amount");
        String unitText = dose == null ? "" : (dose.unit().isEmpty() ? BabyTrackerAmounts.unit(unitColumn) : dose.unit());
        DoseUnit unit = BabyTrackerEntries.doseUnit(unitText);
        if (dose == null || unit == null) {
            throw new Refusal(dose == null ? RefusalReason.MEDICINE_NO_DOSE : RefusalReason.MEDICINE_OTHER_UNIT);
        }
        return new EntryData.Medicine(name, dose.value(), unit, null, notes(r, note));
    }

    private List<SourceRow> activity(BabyTrackerRow r, String key, String baby, LocalDateTime start, String note)
            throws Refusal {
        String name = r.category().equals("bath") ? "Bath" : r.get("activity", "otheractivity", "name", "type");
        long minutes = minutes(r, "duration");
        LocalDateTime end = minutes > 0 ? start.plusMinutes(minutes) : null;
        ActivityKind kind = BabyTrackerEntries.activity(name);
        if (kind != null) {
            return one(r, key, baby, start, end, new EntryData.Activity(kind, null, null, notes(r, note)));
        }
        String label = name.isEmpty() ? "Activity" : name;
        String text = notes(r, note, minutes > 0 ? minutes + " min" : null);
        return one(r, key, baby, start, null, new EntryData.Note(text == null ? label : label + ": " + text));
    }

    private Integer ml(BabyTrackerRow r, String... columns) throws Refusal {
        Amount amount = BabyTrackerAmounts.parse(r.get(columns), r.unit(columns), RefusalSubject.AMOUNT);
        return amount == null ? null : amounts.ml(amount, RefusalSubject.AMOUNT);
    }

    private static long minutes(BabyTrackerRow r, String... columns) throws Refusal {
        String text = r.get(columns);
        if (text.isEmpty()) {
            return 0;
        }
        BigDecimal value = BabyTrackerAmounts.decimal(text);
        if (value == null || value.signum() < 0) {
            throw new Refusal(RefusalReason.DURATION_NOT_MINUTES);
        }
        return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static List<SourceRow> one(BabyTrackerRow r, String key, String baby, LocalDateTime start,
            LocalDateTime end, EntryData data) {
        return List.of(new SourceRow(r.where(), key, baby, start, end, null, data));
    }

    /** The note, then whatever else the row had ({@code extra} lines, then every unused column). */
    private static String notes(BabyTrackerRow r, String note, String... extra) {
        List<String> extras = new ArrayList<>();
        for (String e : extra) {
            extras.add(e);
        }
        extras.addAll(r.unused());
        return BabyTrackerEntries.notes(note, extras);
    }

    private static String notes(BabyTrackerRow r, String note, List<String> extra) {
        return notes(r, note, extra.toArray(String[]::new));
    }

    private static String joined(String amount, String columnUnit, String unit) {
        if (amount.isEmpty()) {
            return null;
        }
        String u = !columnUnit.isEmpty() ? columnUnit : unit;
        return u.isEmpty() ? amount : amount + " " + u;
    }

    private static String label(String category) {
        String words = category.equals("other") ? "Baby Tracker" : category.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
