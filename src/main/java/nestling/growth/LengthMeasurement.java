package nestling.growth;

import java.util.Objects;

/** A length or height in cm and how it was taken. */
public record LengthMeasurement(double cm, Position position) {
    public LengthMeasurement {
        Objects.requireNonNull(position, "position");
        Measurements.requirePositive("length/height (cm)", cm);
    }
}
