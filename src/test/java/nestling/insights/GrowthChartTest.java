package nestling.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.growth.Centile;
import nestling.growth.ChildAge;
import nestling.growth.CentileCurves;
import nestling.growth.GrowthCalculator;
import nestling.growth.Indicator;
import nestling.growth.WhoStandards;
import nestling.growth.WhoTable;
import org.junit.jupiter.api.Test;

class GrowthChartTest {
    private static final WhoStandards STANDARDS = WhoStandards.load();
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, new GestationalAge(32, 0));
    private final GrowthHistory history = new GrowthHistory(family.database, new GrowthCalculator(STANDARDS));

    @Test
    void pointsSitAtTheCorrectedAgeOrTheChronologicalOneWhenSwitched() {
        family.growth(ada, "2026-03-10T10:00", 3400, 500, 350);
        family.growth(ada, "2026-05-10T10:00", 5000, 560, 380);
        List<GrowthPoint> corrected = history.points(ada, null, ChildAge.AgeBasis.CORRECTED);
        GrowthChart chart = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.WEIGHT_FOR_AGE, corrected);
        assertEquals(WhoTable.WEIGHT_FOR_AGE, chart.table());
        assertEquals(List.of(68.0 - 56, 129.0 - 56), chart.marks().stream().map(GrowthChart.Mark::x).toList());
        assertEquals(3.4, chart.marks().getFirst().value(), 1e-12);
        List<GrowthPoint> chronological = history.points(ada, null, ChildAge.AgeBasis.CHRONOLOGICAL);
        GrowthChart switched = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.WEIGHT_FOR_AGE, chronological);
        assertEquals(List.of(68.0, 129.0), switched.marks().stream().map(GrowthChart.Mark::x).toList());
        assertTrue(switched.marks().getFirst().z() < chart.marks().getFirst().z(),
                "on the older chronological age the same weight scores lower");
    }

    @Test
    void theBandsCoverTheChartThinnedAndInOrder() {
        family.growth(ada, "2026-03-10T10:00", 3400, 500, 350);
        GrowthChart chart = GrowthChart.of(STANDARDS, Sex.FEMALE, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE,
                history.points(ada, null, ChildAge.AgeBasis.CORRECTED));
        assertEquals(0, chart.xFrom());
        assertEquals(365, chart.xTo(), 1e-9);
        List<CentileCurves.Point> p3 = chart.curves().get(Centile.P3);
        List<CentileCurves.Point> p50 = chart.curves().get(Centile.P50);
        List<CentileCurves.Point> p97 = chart.curves().get(Centile.P97);
        assertTrue(p3.size() <= GrowthChart.MAX_CURVE_POINTS + 1, "thinned: " + p3.size());
        assertEquals(365, p3.getLast().x(), 1e-9);
        for (int i = 0; i < p3.size(); i++) {
            assertTrue(p3.get(i).value() < p50.get(i).value() && p50.get(i).value() < p97.get(i).value());
        }
    }

    @Test
    void measurementsAfterTheReportEndAreLeftOut() {
        family.growth(ada, "2026-03-10T10:00", 3400, null, null);
        family.growth(ada, "2026-05-10T10:00", 5000, null, null);
        assertEquals(1, history.points(ada, java.time.LocalDate.parse("2026-04-30"), ChildAge.AgeBasis.CORRECTED).size());
    }
}
