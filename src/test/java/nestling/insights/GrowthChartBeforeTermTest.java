package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.growth.ChildAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.Indicator;
import nestling.growth.WhoStandards;
import org.junit.jupiter.api.Test;

/**
 * A preterm baby weighed before the due date: on corrected age that is before the WHO charts start
 * (at term), so the chart cannot place it; it names those measurements instead of losing them.
 */
class GrowthChartBeforeTermTest {
    private static final WhoStandards STANDARDS = WhoStandards.load();
    private final TestFamily family = TestFamily.empty();
    // Born at 32+0 on 2026-01-01: due 2026-02-26 (56 days later).
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, new GestationalAge(32, 0));
    private final GrowthHistory history = new GrowthHistory(family.database, new GrowthCalculator(STANDARDS));

    @Test
    void measurementsBeforeTheDueDateAreNamedNotDropped() {
        family.growth(ada, "2026-01-20T10:00", 1900, 430, 300);
        family.growth(ada, "2026-02-10T10:00", 2400, 460, 320);
        family.growth(ada, "2026-03-10T10:00", 3400, 500, 350);
        List<GrowthPoint> corrected = history.points(ada, null, ChildAge.AgeBasis.CORRECTED);
        GrowthChart weight = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.WEIGHT_FOR_AGE, corrected);
        assertEquals(List.of(12.0), weight.marks().stream().map(GrowthChart.Mark::x).toList());
        assertEquals(List.of(LocalDate.parse("2026-01-20"), LocalDate.parse("2026-02-10")),
                weight.beforeTerm().stream().map(GrowthPoint::date).toList());
        GrowthChart forLength = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, corrected);
        assertEquals(2, forLength.beforeTerm().size(), "weight-for-length too waits for term on corrected age");

        GrowthChart chronological = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.WEIGHT_FOR_AGE,
                history.points(ada, null, ChildAge.AgeBasis.CHRONOLOGICAL));
        assertEquals(3, chronological.marks().size());
        assertEquals(List.of(), chronological.beforeTerm());
    }
}
