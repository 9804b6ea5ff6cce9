package nestling.backup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.IntFunction;
import nestling.domain.UnitSystem;
import nestling.domain.Units;

/**
 * The amounts of the entries' {@code data} (stored in ml, g, mm and 0.1 °C) as spreadsheet columns in
 * the family's units: the unit goes in the header ({@code amount (fl oz)}), the cell holds a plain
 * number (a dot for decimals, no unit, no grouping) so a spreadsheet can sum and chart it. Each
 * value has enough decimals to convert back to the stored one exactly (the precision of
 * {@link Units}; weight in pounds gets 3 decimals, 0.45 g). Other fields are written as stored.
 */
final class CsvUnits {
    private record Amount(String name, String metricUnit, String imperialUnit, IntFunction<BigDecimal> metric,
            IntFunction<BigDecimal> imperial) {
    }

    private static final Map<String, Amount> AMOUNTS = Map.of(
            "ml", volume("amount"),
            "leftMl", volume("left"),
            "rightMl", volume("right"),
            "grams", new Amount("weight", "kg", "lb", Units::kg, CsvUnits::pounds),
            "lengthMm", length("length"),
            "headMm", length("head circumference"),
            "deciCelsius", new Amount("temperature", "°C", "°F", Units::celsius, Units::fahrenheit));

    private final UnitSystem units;

    CsvUnits(UnitSystem units) {
        this.units = units;
    }

    /** The column header for a {@code data} key: the key itself unless it holds an amount. */
    String header(String key) {
        Amount amount = AMOUNTS.get(key);
        if (amount == null) {
            return key;
        }
        return amount.name() + " (" + (units == UnitSystem.IMPERIAL ? amount.imperialUnit() : amount.metricUnit()) + ")";
    }

    /** The cell for a stored value of {@code key}; values that are not whole numbers are left as they are. */
    String cell(String key, String stored) {
        Amount amount = AMOUNTS.get(key);
        if (amount == null || !stored.matches("-?\\d{1,9}")) {
            return stored;
        }
        int canonical = Integer.parseInt(stored);
        BigDecimal value = units == UnitSystem.IMPERIAL ? amount.imperial().apply(canonical)
                : amount.metric().apply(canonical);
        return value.stripTrailingZeros().toPlainString();
    }

    /** Grams as pounds with 3 decimals: a rounding error of at most 0.23 g, so the gram comes back exactly. */
    static BigDecimal pounds(int grams) {
        return BigDecimal.valueOf(grams).divide(Units.G_PER_LB, 3, RoundingMode.HALF_EVEN);
    }

    private static Amount volume(String name) {
        return new Amount(name, "ml", "fl oz", BigDecimal::valueOf, Units::flOz);
    }

    private static Amount length(String name) {
        return new Amount(name, "cm", "in", Units::cm, Units::inches);
    }
}
