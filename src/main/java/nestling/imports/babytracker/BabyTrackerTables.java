package nestling.imports.babytracker;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceLine;
import nestling.imports.SourceRow;
import nestling.imports.babytracker.BabyTrackerAmounts.Amount;

/**
 * The backup database's activity tables, row by row. Durations are minutes (as the CSV export shows them);
 * {@code IsEnglishScale} says whether an amount is fl oz/°F (1) or ml/°C (0); growth has a flag each for
 * weight (lb or kg) and length (in or cm).
 */
final class BabyTrackerTables {
    static final List<String> TABLES = List.of("nursing", "formula", "pumped", "pump", "otherfeed", "diaper",
            "sleep", "growth", "temperature", "medicine", "vaccine", "milestone", "otheractivity", "bath", "joy",
            "journal", "sick", "allergen", "doctorvisit", "healthquestion");
    static final List<String> LOOKUPS = List.of("feeddesc", "sleepdesc", "sleeplocationselection", "bathdesc",
            "otheractivitydesc", "otheractivitylocationselection", "milestoneselection", "medicineselection",
            "vaccineselection", "otherfeedselection", "sickdesc", "allergensourceselection", "doctorselection");

    private final Map<String, Map<String, DbRow>> lookups = new HashMap<>();
    private final Map<String, String> pictureFiles = new HashMap<>();
    private final Function<String, byte[]> pictures;
    private final SourceAnswers answers;
    private final String parentBaby;

    /** {@code parentBaby}: the baby a pump session (which names none) is logged for, the youngest. */
    BabyTrackerTables(Map<String, List<DbRow>> tables, Function<String, byte[]> pictures, SourceAnswers answers,
            String parentBaby) {
        for (String lookup : LOOKUPS) {
            Map<String, DbRow> byId = new HashMap<>();
            for (DbRow row : tables.getOrDefault(lookup, List.of())) {
                byId.put(row.text("ID"), row);
            }
            lookups.put(lookup, byId);
        }
        for (DbRow picture : tables.getOrDefault("picture", List.of())) {
            pictureFiles.putIfAbsent(picture.text("ActivityID"), picture.text("FileName"));
        }
        this.pictures = pictures;
        this.answers = answers;
        this.parentBaby = parentBaby;
    }

    static String display(String table) {
        return switch (table) {
            case "otherfeed" -> "OtherFeed";
            case "otheractivity" -> "OtherActivity";
            case "doctorvisit" -> "DoctorVisit";
            case "healthquestion" -> "HealthQuestion";
            default -> Character.toUpperCase(table.charAt(0)) + table.substring(1);
        };
    }

    List<SourceRow> map(DbRow r, SourceLine where) throws Refusal {
        var time = r.number("Time");
        if (time == null) {
            throw new Refusal(RefusalReason.WHEN_MISSING);
        }
        Instant instant = Instant.ofEpochMilli(time.movePointRight(3).longValue());
        ZoneOffset offset = answers.zone().getRules().getOffset(instant);
        LocalDateTime start = LocalDateTime.ofInstant(instant, offset);
        String baby = r.table().equals("pump") && r.text("BabyID").isEmpty() ? parentBaby : r.text("BabyID");
        String key = "babytracker/db/" + r.table() + "/" + (r.text("ID").isEmpty() ? start : r.text("ID"));
        List<String> extras = new ArrayList<>();
        String picture = pictureFiles.get(r.text("ID"));
        if (picture != null && !r.table().equals("milestone")) {
            extras.add("A picture was not carried over");
        }
        String note = r.text("Note");
        BabyTrackerAmounts amounts = new BabyTrackerAmounts(null);
        EntryData data;
        LocalDateTime end = null;
        switch (r.table()) {
            case "nursing" -> {
                long left = r.whole("LeftDuration") * 60;
                long right = r.whole("RightDuration") * 60;
                long both = r.whole("BothDuration") * 60;
                if (left == 0 && right == 0 && both > 0) {
                    left = both / 2;
                    right = both - left;
                    extras.add("Both sides (time per side not recorded: split evenly)");
                }
                extras.add(labelled("Description", name("feeddesc", r.text("DescID"))));
                Side finish = switch ((int) r.whole("FinishSide")) {
                    case 0 -> Side.LEFT;
                    case 1 -> Side.RIGHT;
                    default -> null;
                };
                if (left == 0 && right == 0 && finish == null) {
                    throw new Refusal(RefusalReason.NURSING_NO_TIME);
                }
                var feed = nestling.imports.Nursing.breastfeeding(left, right, null, finish, null);
                if (feed.notes() != null) {
                    extras.add(feed.notes());
                }
                end = start.plusSeconds(left + right);
                data = new EntryData.Breastfeeding(feed.leftSeconds(), feed.rightSeconds(), feed.lastSide(),
                        feed.sideSwitches(), 0, BabyTrackerEntries.notes(note, extras));
            }
            case "formula", "pumped" -> {
                BigDecimal amount = r.positive("Amount");
                if (amount == null) {
                    throw new Refusal(RefusalReason.BOTTLE_NO_AMOUNT);
                }
                extras.add(labelled("Description", name("feeddesc", r.text("DescID"))));
                data = new EntryData.Bottle(r.table().equals("formula") ? BottleContent.FORMULA : BottleContent.BREAST_MILK,
                        amounts.ml(new Amount(amount, volumeUnit(r)), RefusalSubject.AMOUNT), BabyTrackerEntries.notes(note, extras));
            }
            case "pump" -> {
                Integer left = ml(r, "LeftAmount", amounts);
                Integer right = ml(r, "RightAmount", amounts);
                Integer total = ml(r, "Amount", amounts);
                if (left == null && right == null && total != null) {
                    extras.add("Total pumped: " + total + " ml (sides not recorded)");
                }
                if (!r.text("Label").isEmpty()) {
                    extras.add("Label: " + r.text("Label"));
                }
                end = start.plusMinutes(r.whole("LeftDuration") + r.whole("RightDuration"));
                data = new EntryData.Pumping(left, right, BabyTrackerEntries.notes(note, extras));
            }
            case "otherfeed" -> {
                String food = name("otherfeedselection", r.text("TypeID"));
                if (food == null) {
                    food = name("otherfeedselection", r.text("DescID"));
                }
                BigDecimal amount = r.positive("Amount");
                String amountText = amount == null ? null
                        : amount.stripTrailingZeros().toPlainString() + (r.text("Unit").isEmpty() ? "" : " " + r.text("Unit"));
                data = new EntryData.Solids(List.of(food == null ? "Other feed" : food), amountText, null, null,
                        BabyTrackerEntries.notes(note, extras));
            }
            case "diaper" -> data = diaper(r, BabyTrackerEntries.notes(note, extras));
            case "sleep" -> {
                end = start.plusMinutes(r.whole("Duration"));
                extras.add(labelled("Place", name("sleeplocationselection", r.text("LocationID"))));
                extras.add(labelled("Fell asleep", name("sleepdesc", r.text("DescID"))));
                data = new EntryData.Sleep(SleepKind.suggestedFor(start.toLocalTime()), null,
                        BabyTrackerEntries.notes(note, extras));
            }
            case "growth" -> data = growth(r, amounts, BabyTrackerEntries.notes(note, extras));
            case "temperature" -> {
                BigDecimal t = r.positive("Temp");
                if (t == null) {
                    throw new Refusal(RefusalReason.TEMPERATURE_MISSING);
                }
                String unit = r.flag("IsEnglishScale") ? "f" : "c";
                List<SourceRow> rows = new ArrayList<>();
                rows.add(new SourceRow(where, key, baby, start, null, offset,
                        new EntryData.Temperature(amounts.deciCelsius(new Amount(t, unit)), null)));
                String rest = BabyTrackerEntries.notes(note, extras);
                if (rest != null) {
                    rows.add(new SourceRow(where, key + "/notes", baby, start, null, offset,
                            new EntryData.Note("Temperature: " + rest)));
                }
                return rows;
            }
            case "medicine" -> data = medicine(r, BabyTrackerEntries.notes(note, extras));
            case "milestone" -> {
                String title = name("milestoneselection", r.text("MilestoneSelectionID"));
                byte[] photo = picture == null ? null : pictures.apply(picture);
                if (picture != null && photo == null) {
                    extras.add("A picture was not carried over (missing or too large)");
                }
                data = new EntryData.Milestone(title == null ? "Milestone" : title,
                        BabyTrackerEntries.notes(note, extras), photo);
            }
            case "otheractivity", "bath" -> {
                String name = r.table().equals("bath") ? "Bath" : name("otheractivitydesc", r.text("DescID"));
                long minutes = r.whole("Duration");
                extras.add(labelled("Place", name("otheractivitylocationselection", r.text("LocationID"))));
                if (r.table().equals("bath")) {
                    extras.add(labelled("Kind", name("bathdesc", r.text("DescID"))));
                }
                ActivityKind kind = name == null ? null : BabyTrackerEntries.activity(name);
                if (kind != null) {
                    end = minutes > 0 ? start.plusMinutes(minutes) : null;
                    data = new EntryData.Activity(kind, null, null, BabyTrackerEntries.notes(note, extras));
                } else {
                    extras.add(0, minutes > 0 ? minutes + " min" : null);
                    String text = BabyTrackerEntries.notes(note, extras);
                    String label = name == null ? "Activity" : name;
                    data = new EntryData.Note(text == null ? label : label + ": " + text);
                }
            }
            default -> data = note(r, note, extras);
        }
        return List.of(new SourceRow(where, key, baby, start, end, offset, data));
    }

    private EntryData.Diaper diaper(DbRow r, String notes) throws Refusal {
        // Status as the app stores it: 0 wet, 1 dirty, 2 mixed (wet and dirty), 3 dry.
        return switch ((int) r.whole("Status")) {
            case 0 -> new EntryData.Diaper(true, false, false, null, null, false, notes);
            case 1 -> new EntryData.Diaper(false, true, false, null, null, false, notes);
            case 2 -> new EntryData.Diaper(true, true, false, null, null, false, notes);
            case 3 -> new EntryData.Diaper(false, false, true, null, null, false, notes);
            default -> throw new Refusal(RefusalReason.DIAPER_NOT_BABY_TRACKER);
        };
    }

    private EntryData.Growth growth(DbRow r, BabyTrackerAmounts amounts, String notes) throws Refusal {
        BigDecimal weight = r.positive("Weight");
        BigDecimal length = r.positive("Length");
        BigDecimal head = r.positive("Head");
        if (weight == null && length == null && head == null) {
            throw new Refusal(RefusalReason.GROWTH_EMPTY);
        }
        String lengthUnit = r.flag("IsEnglishLengthScale") ? "in" : "cm";
        Integer grams = weight == null ? null
                : amounts.grams(weight.toPlainString(), r.flag("IsEnglishWeightScale") ? "lb" : "kg");
        Integer lengthMm = length == null ? null : amounts.mm(new Amount(length, lengthUnit), RefusalSubject.LENGTH);
        Integer headMm = head == null ? null : amounts.mm(new Amount(head, lengthUnit), RefusalSubject.HEAD_CIRCUMFERENCE);
        return new EntryData.Growth(grams, lengthMm, lengthMm == null ? null : LengthPosition.LYING, headMm, notes);
    }

    private EntryData.Medicine medicine(DbRow r, String notes) throws Refusal {
        DbRow selection = lookups.get("medicineselection").get(r.text("MedID"));
        String name = selection == null ? "" : selection.text("Name");
        if (name.isEmpty()) {
            throw new Refusal(RefusalReason.MEDICINE_NO_NAME);
        }
        BigDecimal dose = r.positive("Amount");
        DoseUnit unit = BabyTrackerEntries.doseUnit(selection.text("Unit"));
        if (dose == null || unit == null) {
            throw new Refusal(dose == null ? RefusalReason.MEDICINE_NO_DOSE : RefusalReason.MEDICINE_OTHER_UNIT);
        }
        // The selection's Interval is not carried: its unit is not known for certain, and a wrong interval
        // would suggest a wrong time for the next dose.
        return new EntryData.Medicine(name, dose, unit, null, notes);
    }

    /** Tables Nestling has no entry for become notes with what they say. */
    private EntryData.Note note(DbRow r, String note, List<String> extras) throws Refusal {
        String label = switch (r.table()) {
            case "vaccine" -> labelled("Vaccine", name("vaccineselection", r.text("VaccID")));
            case "sick" -> labelled("Sick", name("sickdesc", r.text("Symptom")));
            case "allergen" -> labelled("Allergen", name("allergensourceselection", r.text("SourceID")));
            case "doctorvisit" -> labelled("Doctor visit", name("doctorselection", r.text("DoctorID")));
            case "healthquestion" -> "Health question";
            case "joy" -> "Joy";
            default -> "Journal";
        };
        for (String column : List.of("Reaction", "VisitType", "Symptom", "DoctorNote", "Question", "Answer")) {
            if (!r.text(column).isEmpty() && !(r.table().equals("sick") && column.equals("Symptom"))) {
                extras.add(column + ": " + r.text(column));
            }
        }
        String text = BabyTrackerEntries.notes(note, extras);
        if (label == null) {
            label = display(r.table());
        }
        return new EntryData.Note(text == null ? label : label + ": " + text);
    }

    private Integer ml(DbRow r, String column, BabyTrackerAmounts amounts) throws Refusal {
        BigDecimal amount = r.positive(column);
        return amount == null ? null : amounts.ml(new Amount(amount, volumeUnit(r)), RefusalSubject.AMOUNT);
    }

    private static String volumeUnit(DbRow r) {
        return r.flag("IsEnglishScale") ? "oz" : "ml";
    }

    /** A selection's name by id, or null. */
    private String name(String lookup, String id) {
        DbRow row = id.isEmpty() ? null : lookups.get(lookup).get(id);
        String name = row == null ? "" : row.text("Name");
        return name.isEmpty() ? null : name;
    }

    private static String labelled(String label, String value) {
        return value == null ? null : label + ": " + value;
    }
}
