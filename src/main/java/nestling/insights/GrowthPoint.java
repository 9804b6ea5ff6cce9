package nestling.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import nestling.growth.ChildAge;
import nestling.growth.IndicatorResult;

/**
 * One stored growth measurement with the baby's age on that day and its WHO scores. {@code scoredAgeDays}
 * is the age the scores used (corrected or chronological, as asked). Values are in kg and cm.
 */
public record GrowthPoint(UUID entryId, LocalDate date, ChildAge age, int scoredAgeDays, OptionalDouble weightKg,
        OptionalDouble lengthCm, boolean standing, OptionalDouble headCm, List<IndicatorResult> results) {
    public GrowthPoint {
        results = List.copyOf(results);
    }
}
