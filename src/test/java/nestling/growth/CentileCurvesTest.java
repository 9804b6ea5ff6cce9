package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

class CentileCurvesTest {
    private static final WhoStandards WHO = WhoStandards.load();

    @Test
    void ageCurvesHaveAPointPerDayAndTheMedianIsM() {
        Map<Centile, List<CentileCurves.Point>> curves =
                CentileCurves.of(WHO.table(WhoTable.WEIGHT_FOR_AGE), Sex.FEMALE);
        assertEquals(5, curves.size());
        List<CentileCurves.Point> median = curves.get(Centile.P50);
        assertEquals(1827, median.size());
        assertEquals(new CentileCurves.Point(0, 3.2322), median.getFirst());
        assertEquals(1826, median.getLast().x());
        // Girls' P3 and P97 at birth, as in the WHO's percentile tables (2.4 and 4.2 kg).
        assertEquals(2.4, curves.get(Centile.P3).getFirst().value(), 0.05);
        assertEquals(4.2, curves.get(Centile.P97).getFirst().value(), 0.05);
    }

    @Test
    void curvesAreOrderedP3BelowP97AtEveryPoint() {
        for (WhoTable table : WhoTable.values()) {
            for (Sex sex : Sex.values()) {
                Map<Centile, List<CentileCurves.Point>> curves = CentileCurves.of(WHO.table(table), sex);
                for (int i = 0; i < curves.get(Centile.P50).size(); i++) {
                    double previous = 0;
                    for (Centile centile : Centile.values()) {
                        double value = curves.get(centile).get(i).value();
                        assertTrue(value > previous, table + " " + sex + " " + centile + " at " + i);
                        previous = value;
                    }
                }
            }
        }
    }

    @Test
    void lengthCurvesRunInTenthsOfACentimetre() {
        List<CentileCurves.Point> median = CentileCurves.of(WHO.table(WhoTable.WEIGHT_FOR_HEIGHT), Sex.MALE)
                .get(Centile.P50);
        assertEquals(65.0, median.getFirst().x());
        assertEquals(65.1, median.get(1).x(), 1e-12);
        assertEquals(120.0, median.getLast().x(), 1e-12);
        assertEquals(7.4327, median.getFirst().value(), 1e-12);
    }
}
