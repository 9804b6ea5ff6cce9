package nestling.domain;

/** Canonical amounts as text in the user's units, with the precision that converts back exactly. */
public final class UnitFormat {
    private UnitFormat() {
    }

    public static String volume(int ml, UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? Units.flOz(ml).toPlainString() + " fl oz" : ml + " ml";
    }

    public static String weight(int grams, UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? Units.poundsOunces(grams).toString()
                : Units.kg(grams).stripTrailingZeros().toPlainString() + " kg";
    }

    public static String length(int mm, UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? Units.inches(mm).toPlainString() + " in" : Units.cm(mm).toPlainString() + " cm";
    }

    public static String temperature(int deciCelsius, UnitSystem units) {
        return units == UnitSystem.IMPERIAL ? Units.fahrenheit(deciCelsius).toPlainString() + " °F"
                : Units.celsius(deciCelsius).toPlainString() + " °C";
    }
}
