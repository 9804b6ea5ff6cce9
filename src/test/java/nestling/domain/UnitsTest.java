package nestling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void factorsAreTheLegalDefinitions() {
        assertEquals(0, Units.G_PER_OZ.multiply(BigDecimal.valueOf(16)).compareTo(Units.G_PER_LB));
        // 1 US gallon = 231 cubic inches = 128 fl oz
        BigDecimal gallonMl = Units.MM_PER_IN.pow(3).multiply(BigDecimal.valueOf(231)).movePointLeft(3);
        assertEquals(0, Units.ML_PER_FL_OZ.multiply(BigDecimal.valueOf(128)).compareTo(gallonMl));
    }

    @Test
    void knownValues() {
        assertEquals(new BigDecimal("4.06"), Units.flOz(120));
        assertEquals(118, Units.mlFromFlOz(new BigDecimal("4")));
        assertEquals(3402, Units.gramsFrom(7, new BigDecimal("8")));
        assertEquals(new Units.PoundsOunces(7, new BigDecimal("8.00")), Units.poundsOunces(3402));
        assertEquals(370, Units.deciCelsiusFromFahrenheit(new BigDecimal("98.6")));
        assertEquals(new BigDecimal("100.4"), Units.fahrenheit(380));
        assertEquals(508, Units.mmFromInches(new BigDecimal("20")));
        assertEquals(new BigDecimal("3.402"), Units.kg(3402));
        assertEquals(3402, Units.gramsFromKg(new BigDecimal("3.4015")));
        assertEquals(new BigDecimal("52.5"), Units.cm(525));
        assertEquals(525, Units.mmFromCm(new BigDecimal("52.5")));
    }

    @Test
    void everyStoredVolumeSurvivesAFluidOunceRoundTrip() {
        for (int ml = 0; ml <= 2_000; ml++) {
            assertEquals(ml, Units.mlFromFlOz(Units.flOz(ml)), "ml " + ml);
        }
    }

    @Test
    void everyStoredWeightSurvivesAPoundsAndOuncesRoundTrip() {
        for (int grams = 0; grams <= 40_000; grams++) {
            Units.PoundsOunces imperial = Units.poundsOunces(grams);
            assertEquals(grams, Units.gramsFrom(imperial.pounds(), imperial.ounces()), "g " + grams);
            assertEquals(grams, Units.gramsFromKg(Units.kg(grams)));
        }
    }

    @Test
    void everyStoredLengthSurvivesAnInchRoundTrip() {
        for (int mm = 0; mm <= 1_500; mm++) {
            assertEquals(mm, Units.mmFromInches(Units.inches(mm)), "mm " + mm);
            assertEquals(mm, Units.mmFromCm(Units.cm(mm)));
        }
    }

    @Test
    void everyStoredTemperatureSurvivesAFahrenheitRoundTrip() {
        for (int deci = 250; deci <= 460; deci++) {
            assertEquals(deci, Units.deciCelsiusFromFahrenheit(Units.fahrenheit(deci)), "0.1 °C x " + deci);
            assertEquals(deci, Units.deciCelsiusFromCelsius(Units.celsius(deci)));
        }
    }

    @Test
    void formattedValuesUseTheChosenUnits() {
        assertEquals("120 ml", UnitFormat.volume(120, UnitSystem.METRIC));
        assertEquals("4.06 fl oz", UnitFormat.volume(120, UnitSystem.IMPERIAL));
        assertEquals("3.402 kg", UnitFormat.weight(3402, UnitSystem.METRIC));
        assertEquals("7 lb 8 oz", UnitFormat.weight(3402, UnitSystem.IMPERIAL));
        assertEquals("58.4 cm", UnitFormat.length(584, UnitSystem.METRIC));
        assertEquals("22.99 in", UnitFormat.length(584, UnitSystem.IMPERIAL));
        assertEquals("38.0 °C", UnitFormat.temperature(380, UnitSystem.METRIC));
        assertEquals("100.4 °F", UnitFormat.temperature(380, UnitSystem.IMPERIAL));
    }
}
