package nestling.imports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A baby as the other app names it; {@code birthDate} is null where the export has no profile.
 * {@code key} is what {@link SourceRow#sourceBaby()} holds for this baby's rows.
 */
public record SourceBaby(String key, String name, LocalDate birthDate) {
    public SourceBaby {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
