package nestling.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between canonical units (ml, g, mm, 0.1 °C) and what people type. The factors are the
 * exact legal definitions (US fluid ounce, avoirdupois pound, inch). Displayed values keep enough
 * decimals that converting them back gives the stored value exactly: 2 decimals of fl oz (0.3 ml),
 * oz and in (0.28 g, 0.25 mm), 1 decimal of °F (0.06 °C).
 */
public final class Units {
    /** 1 US fl oz = 1/128 US gallon = 29.5735295625 ml exactly. */
    public static final BigDecimal ML_PER_FL_OZ = new BigDecimal("29.5735295625");
    /** 1 lb = 453.59237 g exactly (international pound, 1959). */
    public static final BigDecimal G_PER_LB = new BigDecimal("453.59237");
    /** 1 oz = 1/16 lb = 28.349523125 g exactly. */
    public static final BigDecimal G_PER_OZ = new BigDecimal("28.349523125");
    /** 1 in = 25.4 mm exactly. */
    public static final BigDecimal MM_PER_IN = new BigDecimal("25.4");

    private static final BigDecimal NINE_FIFTHS = new BigDecimal("1.8");
    private static final BigDecimal THIRTY_TWO = new BigDecimal("32");
    private static final int IMPERIAL_SCALE = 2;

    private Units() {
    }

    // volume

    public static BigDecimal flOz(int ml) {
        return BigDecimal.valueOf(ml).divide(ML_PER_FL_OZ, IMPERIAL_SCALE, RoundingMode.HALF_EVEN);
    }

    public static int mlFromFlOz(BigDecimal flOz) {
        return toInt(flOz.multiply(ML_PER_FL_OZ));
    }

    public static int mlFromMl(BigDecimal ml) {
        return toInt(ml);
    }

    // mass

    /** Grams as kilograms, exactly (three decimals). */
    public static BigDecimal kg(int grams) {
        return BigDecimal.valueOf(grams, 3);
    }

    public static int gramsFromKg(BigDecimal kg) {
        return toInt(kg.movePointRight(3));
    }

    /** A weight as whole pounds and ounces with two decimals, e.g. 7 lb 4.53 oz. */
    public record PoundsOunces(int pounds, BigDecimal ounces) {
        @Override
        public String toString() {
            return pounds + " lb " + ounces.stripTrailingZeros().toPlainString() + " oz";
        }
    }

    public static PoundsOunces poundsOunces(int grams) {
        BigDecimal totalOunces = BigDecimal.valueOf(grams).divide(G_PER_OZ, IMPERIAL_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal[] split = totalOunces.divideAndRemainder(BigDecimal.valueOf(16));
        return new PoundsOunces(split[0].intValueExact(), split[1]);
    }

    public static int gramsFrom(int pounds, BigDecimal ounces) {
        return toInt(BigDecimal.valueOf(pounds).multiply(G_PER_LB).add(ounces.multiply(G_PER_OZ)));
    }

    // length

    public static BigDecimal cm(int mm) {
        return BigDecimal.valueOf(mm, 1);
    }

    public static int mmFromCm(BigDecimal cm) {
        return toInt(cm.movePointRight(1));
    }

    public static BigDecimal inches(int mm) {
        return BigDecimal.valueOf(mm).divide(MM_PER_IN, IMPERIAL_SCALE, RoundingMode.HALF_EVEN);
    }

    public static int mmFromInches(BigDecimal inches) {
        return toInt(inches.multiply(MM_PER_IN));
    }

    // temperature

    public static BigDecimal celsius(int deciCelsius) {
        return BigDecimal.valueOf(deciCelsius, 1);
    }

    public static int deciCelsiusFromCelsius(BigDecimal celsius) {
        return toInt(celsius.movePointRight(1));
    }

    public static BigDecimal fahrenheit(int deciCelsius) {
        return celsius(deciCelsius).multiply(NINE_FIFTHS).add(THIRTY_TWO).setScale(1, RoundingMode.HALF_EVEN);
    }

    public static int deciCelsiusFromFahrenheit(BigDecimal fahrenheit) {
        BigDecimal celsius = fahrenheit.subtract(THIRTY_TWO).divide(NINE_FIFTHS, 10, RoundingMode.HALF_EVEN);
        return deciCelsiusFromCelsius(celsius);
    }

    /** Rounds half away from zero to a whole canonical unit. */
    private static int toInt(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
