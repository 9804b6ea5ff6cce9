package nestling.imports;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the file cannot say and the parent answers: the units of bare numbers (Baby Buddy stores amounts
 * without units) and the zone its local times were written in.
 *
 * @param units the unit system of numbers that carry no unit of their own, or null when not given (a format
 *              that needs it then refuses the affected rows, saying so)
 * @param zone  the zone the source's local times mean
 */
public record SourceAnswers(UnitSystem units, ZoneId zone) {
    public SourceAnswers {
        Objects.requireNonNull(zone, "zone");
    }

    public enum UnitSystem {
        /** ml, g, cm, °C. */
        METRIC,
        /** fl oz, lb/oz, in, °F. */
        US
    }
}
