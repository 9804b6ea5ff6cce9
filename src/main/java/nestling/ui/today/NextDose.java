package nestling.ui.today;

import java.time.Instant;

/** The earliest time the next dose of a medicine may be given, from its last dose and minimum interval. */
public record NextDose(String name, Instant from) {
}
