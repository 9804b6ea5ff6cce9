package nestling.imports.babybuddy;

import nestling.imports.RefusalSubject;
import nestling.imports.RefusalReason;
import java.math.BigDecimal;
import nestling.domain.Units;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceAnswers.UnitSystem;

/**
 * Baby Buddy stores bare numbers; the parent says which units they typed. Metric: ml, kg, cm, °C. US: fl oz,
 * lb (decimal pounds, as Baby Buddy has one weight field), in, °F. Converted exactly (the domain's factors).
 */
final class BabyBuddyUnits {
    private final UnitSystem units;

    BabyBuddyUnits(SourceAnswers answers) {
        this.units = answers.units();
    }

    private UnitSystem require(RefusalSubject what) throws Refusal {
        if (units == null) {
            throw new Refusal(RefusalReason.BABY_BUDDY_NO_UNIT, what);
        }
        return units;
    }

    int ml(BigDecimal amount, RefusalSubject what) throws Refusal {
        return require(what) == UnitSystem.METRIC ? Units.mlFromMl(amount) : Units.mlFromFlOz(amount);
    }

    int grams(BigDecimal weight) throws Refusal {
        return require(RefusalSubject.WEIGHT) == UnitSystem.METRIC ? Units.gramsFromKg(weight) : Units.gramsFrom(0, weight.multiply(BigDecimal.valueOf(16)));
    }

    int mm(BigDecimal length, RefusalSubject what) throws Refusal {
        return require(what) == UnitSystem.METRIC ? Units.mmFromCm(length) : Units.mmFromInches(length);
    }

    int deciCelsius(BigDecimal temperature) throws Refusal {
        return require(RefusalSubject.TEMPERATURE) == UnitSystem.METRIC ? Units.deciCelsiusFromCelsius(temperature)
                : Units.deciCelsiusFromFahrenheit(temperature);
    }

    /** An amount as text with its unit, for notes and free-text fields; the bare number when no unit was given. */
    String volumeText(BigDecimal amount) {
        String number = amount.stripTrailingZeros().toPlainString();
        if (units == null) {
            return number;
        }
        return number + (units == UnitSystem.METRIC ? " ml" : " fl oz");
    }
}
