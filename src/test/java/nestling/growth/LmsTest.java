package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LmsTest {
    // WHO weight-for-age, girls, day 0 (weianthro.txt: 2 0 0.3809 3.2322 0.14171).
    private static final Lms GIRL_AT_BIRTH = new Lms(0.3809, 3.2322, 0.14171);

    @Test
    void theMedianHasZZeroAndTheCurveInvertsTheZ() {
        assertEquals(0, GIRL_AT_BIRTH.zScore(3.2322), 1e-12);
        for (double z = -3; z <= 3; z += 0.25) {
            assertEquals(z, GIRL_AT_BIRTH.zScore(GIRL_AT_BIRTH.valueAt(z)), 1e-9);
        }
    }

    @Test
    void lZeroUsesTheLogarithmicForm() {
        Lms lms = new Lms(0, 10, 0.1);
        assertEquals(Math.log(1.2) / 0.1, lms.zScore(12), 1e-12);
        assertEquals(10 * Math.exp(0.1 * 1.881), lms.valueAt(1.881), 1e-12);
    }

    /*
     * By hand, with X(z) = M·(1 + L·S·z)^(1/L) for L = 0.3809, M = 3.2322, S = 0.14171:
     * SD2 = 4.230430221347335, SD3 = 4.793151346320531, SD−2 = 2.394671698000737,
     * SD−3 = 2.032724682196896. A weight of SD3 + (SD3 − SD2) = 5.355872471293727 kg is restricted
     * z = 4 exactly (the plain formula would say 3.9297); SD−3 − (SD−2 − SD−3) = 1.670777666393055 kg
     * is −4 (plain −4.1174).
     */
    @Test
    void beyondThreeSdTheRestrictedFormCountsInUnitsOfTheLastSdGap() {
        assertEquals(4.0, GIRL_AT_BIRTH.restrictedZScore(5.355872471293727), 1e-9);
        assertEquals(3.9296908794859644, GIRL_AT_BIRTH.zScore(5.355872471293727), 1e-9);
        assertEquals(-4.0, GIRL_AT_BIRTH.restrictedZScore(1.670777666393055), 1e-9);
        assertEquals(-4.117408110709795, GIRL_AT_BIRTH.zScore(1.670777666393055), 1e-9);
        // 5 kg: 3 + (5 − 4.793151346320531) / (4.793151346320531 − 4.230430221347335)
        assertEquals(3.367586437579221, GIRL_AT_BIRTH.restrictedZScore(5.0), 1e-9);
    }

    @Test
    void withinThreeSdRestrictedAndPlainAgree() {
        assertEquals(GIRL_AT_BIRTH.zScore(4.5), GIRL_AT_BIRTH.restrictedZScore(4.5), 0);
        assertEquals(GIRL_AT_BIRTH.zScore(2.2), GIRL_AT_BIRTH.restrictedZScore(2.2), 0);
    }
}
