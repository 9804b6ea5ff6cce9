package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

/** The bundled tables and formulas against values the WHO publishes. */
class WhoPublishedValuesTest {
    private static final WhoStandards WHO = WhoStandards.load();

    private static Lms row(WhoTable table, Sex sex, int key) {
        return WHO.table(table).at(sex, key).orElseThrow();
    }

    @Test
    void weightForAgeGirlsAtBirthHasTheWhoMedian() {
        assertEquals(3.2322, row(WhoTable.WEIGHT_FOR_AGE, Sex.FEMALE, 0).m(), 0);
        assertEquals(3.3464, row(WhoTable.WEIGHT_FOR_AGE, Sex.MALE, 0).m(), 0);
    }

    // The WHO's simplified percentile tables (weight-for-age and length-for-age, 0–2 years), month 0:
    // girls weight P3 2.4, P97 4.2 kg; boys length P3 46.3, P97 53.4 cm; girls length P3 45.6, P97 52.7 cm.
    @Test
    void thirdAndNinetySeventhCentilesAtBirthMatchThePublishedTables() {
        Lms girlWeight = row(WhoTable.WEIGHT_FOR_AGE, Sex.FEMALE, 0);
        assertEquals(2.4, girlWeight.valueAt(Centile.P3.z()), 0.05);
        assertEquals(4.2, girlWeight.valueAt(Centile.P97.z()), 0.05);
        Lms boyLength = row(WhoTable.LENGTH_HEIGHT_FOR_AGE, Sex.MALE, 0);
        assertEquals(46.3, boyLength.valueAt(Centile.P3.z()), 0.05);
        assertEquals(53.4, boyLength.valueAt(Centile.P97.z()), 0.05);
        Lms girlLength = row(WhoTable.LENGTH_HEIGHT_FOR_AGE, Sex.FEMALE, 0);
        assertEquals(45.6, girlLength.valueAt(Centile.P3.z()), 0.05);
        assertEquals(52.7, girlLength.valueAt(Centile.P97.z()), 0.05);
    }

    @Test
    void aBoyAtTheMedianOnDay365HasZZeroAndPercentileFifty() {
        // Day 365 of weianthro.txt: M = 9.646. (9.6479 is the monthly table's median at 12.0 months,
        // i.e. day 365.25; on day 365 it is z = 0.0018, still 0.00 to two decimals.)
        Lms boy = row(WhoTable.WEIGHT_FOR_AGE, Sex.MALE, 365);
        assertEquals(0, boy.zScore(9.646), 1e-12);
        assertEquals(0.00, boy.zScore(9.6479), 0.005);
        assertEquals(50.0, 100 * StandardNormal.cdf(boy.zScore(9.646)), 1e-9);
    }

    @Test
    void everyTableCoversTheWhoRangeForBothSexes() {
        for (Sex sex : Sex.values()) {
            for (WhoTable table : new WhoTable[] {WhoTable.WEIGHT_FOR_AGE, WhoTable.LENGTH_HEIGHT_FOR_AGE,
                    WhoTable.HEAD_CIRCUMFERENCE_FOR_AGE, WhoTable.BMI_FOR_AGE}) {
                assertEquals(0, WHO.table(table).firstAxisValue(sex), table.label());
                assertEquals(1826, WHO.table(table).lastAxisValue(sex), table.label());
            }
            assertEquals(45, WHO.table(WhoTable.WEIGHT_FOR_LENGTH).firstAxisValue(sex));
            assertEquals(110, WHO.table(WhoTable.WEIGHT_FOR_LENGTH).lastAxisValue(sex));
            assertEquals(65, WHO.table(WhoTable.WEIGHT_FOR_HEIGHT).firstAxisValue(sex));
            assertEquals(120, WHO.table(WhoTable.WEIGHT_FOR_HEIGHT).lastAxisValue(sex));
        }
    }

    @Test
    void betweenTenthsOfACentimetreLmsIsInterpolatedLinearly() {
        LmsTable wfl = WHO.table(WhoTable.WEIGHT_FOR_LENGTH);
        Lms at601 = wfl.at(Sex.MALE, 601).orElseThrow();
        Lms at602 = wfl.at(Sex.MALE, 602).orElseThrow();
        Lms between = wfl.atLength(Sex.MALE, 60.125).orElseThrow();
        assertEquals(at601.m() + 0.25 * (at602.m() - at601.m()), between.m(), 1e-12);
        assertEquals(at601.s() + 0.25 * (at602.s() - at601.s()), between.s(), 1e-12);
        assertEquals(at601, wfl.atLength(Sex.MALE, 60.1).orElseThrow());
        assertTrue(wfl.atLength(Sex.MALE, 110.0).isPresent());
        assertTrue(wfl.atLength(Sex.MALE, 110.05).isEmpty());
        assertTrue(wfl.atLength(Sex.MALE, 44.99).isEmpty());
    }
}
