package nestling.imports.babybuddy;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.Side;
import nestling.imports.SourceRow;
import nestling.imports.babybuddy.BabyBuddyValues.Stamp;

/**
 * Feedings and pumping. A feeding's method decides the entry: a breast (left, right, both) is a breastfeed
 * with its time on that side; a bottle is a bottle of its type; "parent fed" / "self fed" or the type "solid
 * food" is solids. Pumping is a session with its total amount (Baby Buddy does not record sides).
 */
final class BabyBuddyFeedings {
    private final BabyBuddyUnits units;
    private final ZoneId zone;

    BabyBuddyFeedings(BabyBuddyUnits units, ZoneId zone) {
        this.units = units;
        this.zone = zone;
    }

    SourceRow feeding(BabyBuddyRecord r, String baby) throws Refusal {
        Stamp start = BabyBuddyTimes.required(r, "start");
        Stamp end = BabyBuddyTimes.required(r, "end");
        LocalDateTime endLocal = BabyBuddyValues.endInStartOffset(start, end);
        String type = r.get("type").toLowerCase(Locale.ROOT);
        String method = r.get("method").toLowerCase(Locale.ROOT);
        BigDecimal amount = BabyBuddyValues.number(r.get("amount"));
        if (!r.get("amount").isEmpty() && amount == null) {
            throw new Refusal(RefusalReason.NOT_A_NUMBER, RefusalSubject.AMOUNT);
        }
        String key = r.sourceKey(start.local().toString());
        return switch (method) {
            case "left breast", "right breast", "both breasts" ->
                new SourceRow(r.where(), key, baby, start.local(), endLocal, start.offset(),
                        breastfeed(r, method, type, amount, seconds(start, end)));
            case "bottle", "parent fed", "self fed" -> "solid food".equals(type)
                    ? new SourceRow(r.where(), key, baby, start.local(), null, start.offset(), solids(r, method, amount, start, end))
                    : new SourceRow(r.where(), key, baby, start.local(), null, start.offset(), bottle(r, method, type, amount, start, end));
            default -> throw new Refusal(RefusalReason.FEEDING_METHOD);
        };
    }

    private EntryData breastfeed(BabyBuddyRecord r, String method, String type, BigDecimal amount, long seconds) {
        List<String> extras = new ArrayList<>();
        if (!"breast milk".equals(type) && !type.isEmpty()) {
            extras.add("Type: " + r.get("type"));
        }
        if (amount != null) {
            extras.add("Amount: " + units.volumeText(amount));
        }
        return switch (method) {
            case "left breast" -> new EntryData.Breastfeeding(seconds, 0, Side.LEFT, 0, 0, r.notes("notes", extras));
            case "right breast" -> new EntryData.Breastfeeding(0, seconds, Side.RIGHT, 0, 0, r.notes("notes", extras));
            default -> {
                // Baby Buddy keeps one duration for both breasts: split evenly, left first, and say so.
                extras.add(0, "Both breasts (time per side not recorded: split evenly)");
                long left = seconds / 2;
                yield new EntryData.Breastfeeding(left, seconds - left, Side.RIGHT, 1, 0, r.notes("notes", extras));
            }
        };
    }

    private EntryData bottle(BabyBuddyRecord r, String method, String type, BigDecimal amount, Stamp start, Stamp end)
            throws Refusal {
        if (amount == null) {
            throw new Refusal(RefusalReason.BOTTLE_NO_AMOUNT);
        }
        int ml = units.ml(amount, RefusalSubject.BOTTLE_AMOUNT);
        List<String> extras = new ArrayList<>();
        BottleContent content = switch (type) {
            case "breast milk" -> BottleContent.BREAST_MILK;
            case "formula" -> BottleContent.FORMULA;
            case "fortified breast milk" -> {
                extras.add("Fortified breast milk");
                yield BottleContent.BREAST_MILK;
            }
            default -> throw new Refusal(RefusalReason.FEEDING_TYPE);
        };
        if (!"bottle".equals(method)) {
            extras.add(r.get("method"));
        }
        extras.add(durationText(start, end));
        return new EntryData.Bottle(content, ml, r.notes("notes", extras));
    }

    private EntryData solids(BabyBuddyRecord r, String method, BigDecimal amount, Stamp start, Stamp end) {
        List<String> extras = new ArrayList<>();
        extras.add(r.get("method"));
        extras.add(durationText(start, end));
        String amountText = amount == null ? null : units.volumeText(amount);
        return new EntryData.Solids(List.of(r.get("type")), amountText, null, null, r.notes("notes", extras));
    }

    SourceRow pumping(BabyBuddyRecord r, String baby) throws Refusal {
        // Newer versions: start and end; older ones: a single time.
        boolean timed = r.header().has("start");
        Stamp start = BabyBuddyTimes.required(r, timed ? "start" : "time");
        Stamp end = timed ? BabyBuddyTimes.required(r, "end") : start;
        BigDecimal amount = BabyBuddyValues.number(r.get("amount"));
        if (amount == null) {
            throw new Refusal(RefusalReason.PUMPING_NO_AMOUNT);
        }
        int ml = units.ml(amount, RefusalSubject.PUMPED_AMOUNT);
        String total = "Total pumped: " + ml + " ml (Baby Buddy does not record sides)";
        return new SourceRow(r.where(), r.sourceKey(start.local().toString()), baby, start.local(),
                BabyBuddyValues.endInStartOffset(start, end), start.offset(),
                new EntryData.Pumping(null, null, r.notes("notes", List.of(total))));
    }

    /**
     * Elapsed seconds: from the offsets when written, else in the parent's zone as the import resolves
     * local times (forward over the spring gap, the later of two autumn times).
     */
    private long seconds(Stamp start, Stamp end) {
        ZonedDateTime from = start.offset() != null ? start.local().atOffset(start.offset()).toZonedDateTime()
                : start.local().atZone(zone).withLaterOffsetAtOverlap();
        ZonedDateTime to = end.offset() != null ? end.local().atOffset(end.offset()).toZonedDateTime()
                : end.local().atZone(zone).withLaterOffsetAtOverlap();
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private String durationText(Stamp start, Stamp end) {
        long minutes = seconds(start, end) / 60;
        return minutes > 0 ? "Duration: " + minutes + " min" : null;
    }
}
