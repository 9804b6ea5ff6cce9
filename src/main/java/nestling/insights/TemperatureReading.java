package nestling.insights;

import java.time.Instant;
import java.time.LocalDateTime;
import nestling.domain.TemperatureMethod;

/** One temperature taken, in the canonical 0.1 °C. {@code method} may be null. */
public record TemperatureReading(Instant at, LocalDateTime localTime, int deciCelsius, TemperatureMethod method) {
    public double celsius() {
        return deciCelsius / 10.0;
    }
}
