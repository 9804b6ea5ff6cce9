package nestling.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import nestling.domain.DoseUnit;

/** One dose given: what, how much, and when (as the family's clock showed it). */
public record MedicineGiven(String name, BigDecimal dose, DoseUnit unit, Instant at, LocalDateTime localTime) {
}
