package nestling.ui.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nestling.domain.UnitSystem;
import nestling.domain.Units;
import nestling.ui.entry.TypeForm.FieldException;

/** Numbers typed in the user's units to canonical units and back ("120" ml, "4.06" fl oz, "37,5" °C). */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal decimal(FormField field) throws FieldException {
        String value = field.value();
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new FieldException(field);
        }
    }

    static Integer whole(FormField field) throws FieldException {
        BigDecimal value = decimal(field);
        try {
            return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            throw new FieldException(field);
        }
    }

    static Integer ml(FormField field, UnitSystem units) throws FieldException {
        BigDecimal value = decimal(field);
        return value == null ? null : guard(field, () -> units == UnitSystem.IMPERIAL ? Units.mlFromFlOz(value)
                : Units.mlFromMl(value));
    }

    static String volume(Integer ml, UnitSystem units) {
        return ml == null ? "" : units == UnitSystem.IMPERIAL ? Units.flOz(ml).stripTrailingZeros().toPlainString()
                : Integer.toString(ml);
    }

    static String volumeUnit(UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? "fl oz" : "ml";
    }

    static Integer deciCelsius(FormField field, UnitSystem units) throws FieldException {
        BigDecimal value = decimal(field);
        return value == null ? null : guard(field, () -> units == UnitSystem.IMPERIAL
                ? Units.deciCelsiusFromFahrenheit(value) : Units.deciCelsiusFromCelsius(value));
    }

    static String temperature(Integer deciCelsius, UnitSystem units) {
        return deciCelsius == null ? "" : (units == UnitSystem.IMPERIAL ? Units.fahrenheit(deciCelsius)
                : Units.celsius(deciCelsius)).toPlainString();
    }

    static String temperatureUnit(UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? "°F" : "°C";
    }

    /** Weight in kg, or in pounds with decimals (7.5 lb). */
    static Integer grams(FormField field, UnitSystem units) throws FieldException {
        BigDecimal value = decimal(field);
        return value == null ? null : guard(field, () -> units == UnitSystem.IMPERIAL
                ? value.multiply(Units.G_PER_LB).setScale(0, RoundingMode.HALF_UP).intValueExact()
                : Units.gramsFromKg(value));
    }

    static String weight(Integer grams, UnitSystem units) {
        if (grams == null) {
            return "";
        }
        return (units == UnitSystem.IMPERIAL ? BigDecimal.valueOf(grams).divide(Units.G_PER_LB, 2, RoundingMode.HALF_UP)
                : Units.kg(grams)).stripTrailingZeros().toPlainString();
    }

    static String weightUnit(UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? "lb" : "kg";
    }

    static Integer mm(FormField field, UnitSystem units) throws FieldException {
        BigDecimal value = decimal(field);
        return value == null ? null : guard(field, () -> units == UnitSystem.IMPERIAL ? Units.mmFromInches(value)
                : Units.mmFromCm(value));
    }

    static String length(Integer mm, UnitSystem units) {
        return mm == null ? "" : (units == UnitSystem.IMPERIAL ? Units.inches(mm) : Units.cm(mm))
                .stripTrailingZeros().toPlainString();
    }

    static String lengthUnit(UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? "in" : "cm";
    }

    private interface Conversion {
        int get();
    }

    private static Integer guard(FormField field, Conversion conversion) throws FieldException {
        try {
            return conversion.get();
        } catch (ArithmeticException e) {
            throw new FieldException(field);
        }
    }
}
