package nestling.imports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.domain.Units;

/**
 * Amounts as other apps write them, into Nestling's canonical units with the exact legal factors of
 * {@link Units} ("4oz" and "4 fl oz" are 118 ml, "11 lb 4 oz" 5,103 g, "24.5in" 622 mm, "99.5°F"
 * 37.5 °C). Each method returns null for an empty text and throws {@link Unreadable} for a text it
 * cannot read (the caller refuses the row, saying which value). A decimal comma ("4,5 oz") is read
 * as a point: such exports come from phones set to a language that writes one.
 */
public final class Quantities {
    /** The text is not an amount in a unit this reader knows. */
    public static final class Unreadable extends Exception {
        private final RefusalSubject what;
        private final boolean noUnit;

        public Unreadable(RefusalSubject what) {
            this(what, false);
        }

        Unreadable(RefusalSubject what, boolean noUnit) {
            super(what.english(), null, false, false);
            this.what = what;
            this.noUnit = noUnit;
        }

        /** The value that could not be read. */
        public RefusalSubject what() {
            return what;
        }

        /** True when it was a bare number and the parent did not say the units. */
        public boolean noUnit() {
            return noUnit;
        }
    }

    private static final Pattern NUMBER_UNIT = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s].*?)?\\s*$");
    private static final Pattern POUNDS_OUNCES = Pattern.compile(
            "^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:lb|lbs)\\.?\\s*(\\d+(?:[.,]\\d+)?)\\s*oz\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEET_INCHES = Pattern.compile(
            "^\\s*(\\d+)\\s*(?:ft|')\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:in|\")?\\s*$", Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    /** A number with an optional unit: the number and the unit in lower case without dots and spaces ("" when none). */
    public record Amount(BigDecimal number, String unit) {
    }

    public static Amount amount(String text, RefusalSubject what) throws Unreadable {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = NUMBER_UNIT.matcher(text);
        if (!m.matches()) {
            throw new Unreadable(what);
        }
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "")
                .replace("_", "");
        return new Amount(new BigDecimal(m.group(1).replace(',', '.')), unit);
    }

    /** A volume: ml, or fl oz ("oz", "floz", "fl oz"); a bare number is in {@code bare} (null: unreadable). */
    public static Integer ml(String text, SourceAnswers.UnitSystem bare, RefusalSubject what) throws Unreadable {
        Amount a = amount(text, what);
        return a == null ? null : ml(a.number(), a.unit().isEmpty() ? bareVolume(bare, what) : a.unit(), what);
    }

    /** A volume given as a number and a separate unit column ("ML", "FLOZ", "OZ"). */
    public static Integer ml(BigDecimal number, String unit, RefusalSubject what) throws Unreadable {
        return switch (normal(unit)) {
            case "ml", "milliliter", "milliliters", "millilitre", "millilitres" -> Units.mlFromMl(number);
            case "oz", "floz", "ounce", "ounces", "fluidounce", "fluidounces" -> Units.mlFromFlOz(number);
            case "l" -> Units.mlFromMl(number.movePointRight(3));
            default -> throw new Unreadable(what);
        };
    }

    /** A weight: kg, g, lb, oz, or "11 lb 4 oz"; a bare number is kg or lb by {@code bare}. */
    public static Integer grams(String text, SourceAnswers.UnitSystem bare, RefusalSubject what) throws Unreadable {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher lbOz = POUNDS_OUNCES.matcher(text);
        if (lbOz.matches()) {
            BigDecimal pounds = new BigDecimal(lbOz.group(1).replace(',', '.'));
            BigDecimal ounces = new BigDecimal(lbOz.group(2).replace(',', '.'));
            return Units.gramsFrom(0, pounds.multiply(BigDecimal.valueOf(16)).add(ounces));
        }
        Amount a = amount(text, what);
        return grams(a.number(), a.unit().isEmpty() ? (bare == SourceAnswers.UnitSystem.US ? "lb" : bare == null
                ? unknown(what) : "kg") : a.unit(), what);
    }

    public static Integer grams(BigDecimal number, String unit, RefusalSubject what) throws Unreadable {
        return switch (normal(unit)) {
            case "kg", "kgs", "kilogram", "kilograms" -> Units.gramsFromKg(number);
            case "g", "gram", "grams" -> Units.gramsFromKg(number.movePointLeft(3));
            case "lb", "lbs", "pound", "pounds" -> Units.gramsFrom(0, number.multiply(BigDecimal.valueOf(16)));
            case "oz", "ounce", "ounces" -> Units.gramsFrom(0, number);
            default -> throw new Unreadable(what);
        };
    }

    /** A length: cm, mm, in, decimal feet ("2.1ft"), or feet and inches ("2 ft 1 in"); a bare number is cm or in by {@code bare}. */
    public static Integer mm(String text, SourceAnswers.UnitSystem bare, RefusalSubject what) throws Unreadable {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher feet = FEET_INCHES.matcher(text);
        if (feet.matches()) {
            BigDecimal inches = new BigDecimal(feet.group(1)).multiply(BigDecimal.valueOf(12))
                    .add(new BigDecimal(feet.group(2).replace(',', '.')));
            return Units.mmFromInches(inches);
        }
        Amount a = amount(text, what);
        return mm(a.number(), a.unit().isEmpty() ? (bare == SourceAnswers.UnitSystem.US ? "in" : bare == null
                ? unknown(what) : "cm") : a.unit(), what);
    }

    public static Integer mm(BigDecimal number, String unit, RefusalSubject what) throws Unreadable {
        return switch (normal(unit)) {
            case "cm", "centimeter", "centimeters", "centimetre", "centimetres" -> Units.mmFromCm(number);
            case "mm" -> Units.mmFromCm(number.movePointLeft(1));
            case "in", "inch", "inches", "\"" -> Units.mmFromInches(number);
            case "ft", "foot", "feet", "'" -> Units.mmFromInches(number.multiply(BigDecimal.valueOf(12)));
            default -> throw new Unreadable(what);
        };
    }

    /**
     * A temperature in 0.1 °C: "37.5°C", "37.5 C", "99.5°F", "99.5 F"; a bare number by {@code bare}, or
     * without an answer by its size (a baby's temperature above 50 can only be °F).
     */
    public static Integer deciCelsius(String text, SourceAnswers.UnitSystem bare, RefusalSubject what) throws Unreadable {
        Amount a = amount(text, what);
        if (a == null) {
            return null;
        }
        String unit = a.unit().replace("°", "").replace("º", "");
        if (unit.isEmpty()) {
            unit = bare == SourceAnswers.UnitSystem.US || bare == null && a.number().compareTo(BigDecimal.valueOf(50)) > 0
                    ? "f" : "c";
        }
        return switch (unit) {
            case "c", "celsius" -> Units.deciCelsiusFromCelsius(a.number());
            case "f", "fahrenheit" -> Units.deciCelsiusFromFahrenheit(a.number());
            default -> throw new Unreadable(what);
        };
    }

    private static String bareVolume(SourceAnswers.UnitSystem bare, RefusalSubject what) throws Unreadable {
        if (bare == null) {
            throw new Unreadable(what, true);
        }
        return bare == SourceAnswers.UnitSystem.US ? "oz" : "ml";
    }

    private static String unknown(RefusalSubject what) throws Unreadable {
        throw new Unreadable(what, true);
    }

    private static String normal(String unit) {
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "").replace("_", "");
    }
}
