package nestling.imports.babytracker;

import nestling.imports.RefusalReason;
import nestling.imports.RefusalSubject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.domain.Units;
import nestling.imports.SourceAnswers.UnitSystem;

/**
 * Numbers and units as Baby Tracker writes them: the unit in the column's brackets ("Amount (oz)") or after
 * the number ("4 oz", "7 lb 4 oz"); thousands written with a comma ("1,020" minutes) and, in some locales,
 * decimals with a comma ("120,5"). Converted exactly with the domain's factors. When neither the column nor
 * the value names a unit, the parent's answer decides; without one the row is refused.
 */
final class BabyTrackerAmounts {
    private static final Pattern NUMBER = Pattern.compile("(-?[\\d.,]+)\\s*([^\\d\\s].*)?");
    private static final Pattern POUNDS_OUNCES =
            Pattern.compile("(\\d+)\\s*lbs?\\.?\\s*([\\d.,]+)\\s*oz\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final UnitSystem answered;

    BabyTrackerAmounts(UnitSystem answered) {
        this.answered = answered;
    }

    /** A number with the unit written after it (lower case, "" when none); null when empty. */
    record Amount(BigDecimal value, String unit) {
    }

    static Amount parse(String text, String columnUnit, RefusalSubject what) throws Refusal {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            throw new Refusal(RefusalReason.NOT_A_NUMBER, what);
        }
        BigDecimal value = decimal(m.group(1));
        if (value == null) {
            throw new Refusal(RefusalReason.NOT_A_NUMBER, what);
        }
        String unit = m.group(2) == null ? columnUnit : unit(m.group(2));
        return new Amount(value, unit);
    }

    /** A unit as written, lower case and without its abbreviation's trailing dot ("oz." is oz, "lb." is lb). */
    static String unit(String written) {
        String u = written.strip().toLowerCase(Locale.ROOT);
        while (u.endsWith(".")) {
            u = u.substring(0, u.length() - 1).strip();
        }
        return u;
    }

    /** "1,020" is a thousand and twenty; "120,5" is a hundred and twenty and a half. */
    static BigDecimal decimal(String text) {
        String t = text.strip();
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    int ml(Amount amount, RefusalSubject what) throws Refusal {
        return switch (unitOr(amount.unit(), what)) {
            case "ml", "mls", "milliliter", "millilitre" -> Units.mlFromMl(amount.value());
            case "oz", "fl oz", "floz", "fl. oz", "fl.oz" -> Units.mlFromFlOz(amount.value());
            case "metric" -> Units.mlFromMl(amount.value());
            case "us" -> Units.mlFromFlOz(amount.value());
            default -> throw new Refusal(RefusalReason.UNKNOWN_UNIT, what);
        };
    }

    int grams(String text, String columnUnit) throws Refusal {
        Matcher lbOz = POUNDS_OUNCES.matcher(text.strip());
        if (lbOz.matches()) {
            BigDecimal ounces = decimal(lbOz.group(2));
            if (ounces == null) {
                throw new Refusal(RefusalReason.NOT_A_NUMBER, RefusalSubject.WEIGHT);
            }
            return Units.gramsFrom(Integer.parseInt(lbOz.group(1)), ounces);
        }
        Amount amount = parse(text, columnUnit, RefusalSubject.WEIGHT);
        return switch (unitOr(amount.unit(), RefusalSubject.WEIGHT)) {
            case "kg", "metric" -> Units.gramsFromKg(amount.value());
            case "g" -> Units.mlFromMl(amount.value());
            case "lb", "lbs", "us" -> Units.gramsFrom(0, amount.value().multiply(BigDecimal.valueOf(16)));
            case "oz" -> Units.gramsFrom(0, amount.value());
            default -> throw new Refusal(RefusalReason.UNKNOWN_UNIT, RefusalSubject.WEIGHT);
        };
    }

    int mm(Amount amount, RefusalSubject what) throws Refusal {
        return switch (unitOr(amount.unit(), what)) {
            case "cm", "metric" -> Units.mmFromCm(amount.value());
            case "mm" -> Units.mlFromMl(amount.value());
            case "in", "inch", "inches", "\"", "us" -> Units.mmFromInches(amount.value());
            default -> throw new Refusal(RefusalReason.UNKNOWN_UNIT, what);
        };
    }

    int deciCelsius(Amount amount) throws Refusal {
        return switch (unitOr(amount.unit(), RefusalSubject.TEMPERATURE).replace("°", "").replace("º", "")) {
            case "c", "metric" -> Units.deciCelsiusFromCelsius(amount.value());
            case "f", "us" -> Units.deciCelsiusFromFahrenheit(amount.value());
            default -> throw new Refusal(RefusalReason.UNKNOWN_UNIT, RefusalSubject.TEMPERATURE);
        };
    }

    private String unitOr(String unit, RefusalSubject what) throws Refusal {
        if (!unit.isEmpty()) {
            return unit;
        }
        if (answered == null) {
            throw new Refusal(RefusalReason.NO_UNIT_GIVEN, what);
        }
        return answered == UnitSystem.METRIC ? "metric" : "us";
    }
}
