package nestling.growth;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import nestling.domain.Sex;

/**
 * What was measured on one day: the child's sex and age in completed days, and any of weight,
 * length/height and head circumference. The age is whichever the caller chose (chronological or
 * corrected, see {@link ChildAge}); the calculation does not guess.
 */
public record Measurements(Sex sex, int ageDays, OptionalDouble weightKg, Optional<LengthMeasurement> length,
        OptionalDouble headCm) {

    public Measurements {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(weightKg, "weightKg");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(headCm, "headCm");
        weightKg.ifPresent(kg -> requirePositive("weight (kg)", kg));
        headCm.ifPresent(cm -> requirePositive("head circumference (cm)", cm));
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + value);
        }
    }
}
