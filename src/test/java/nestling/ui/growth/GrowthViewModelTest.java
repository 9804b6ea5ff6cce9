package nestling.ui.growth;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import nestling.domain.GestationalAge;
import nestling.growth.ChildAge;
import nestling.growth.Indicator;
import nestling.growth.WhoTable;
import nestling.insights.GrowthChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class GrowthViewModelTest {
    @TempDir
    Path dir;

    private GrowthFixture fixture;
    private GrowthViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new GrowthFixture(dir);
        model = onFx(() -> new GrowthViewModel(fixture.context, fixture.database));
        fx(() -> model.babyProperty().set(fixture.baby));
        fixture.drain();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private GrowthData data() {
        return onFx(() -> model.dataProperty().get());
    }

    @Test
    void aPretermBabyStartsOnCorrectedAgeAndCanSwitchToChronological() {
        assertTrue(onFx(() -> model.correctionOfferedProperty().get()));
        assertEquals(ChildAge.AgeBasis.CORRECTED, data().basis());
        // born 34+2: 40 weeks minus 34+2 = 40 days of correction; 25 Feb is day 46 of life
        assertEquals(6, data().points().getFirst().scoredAgeDays());
        double correctedZ = data().charts().get(Indicator.WEIGHT_FOR_AGE).marks().getFirst().z();

        fx(() -> model.useCorrectedAge(false));
        fixture.drain();
        assertEquals(ChildAge.AgeBasis.CHRONOLOGICAL, data().basis());
        assertEquals(46, data().points().getFirst().scoredAgeDays());
        double chronologicalZ = data().charts().get(Indicator.WEIGHT_FOR_AGE).marks().getFirst().z();
        assertTrue(chronologicalZ < correctedZ, "the same weight is lower for an older age");
    }

    @Test
    void chartsCarryEveryMeasurementAtItsAgeWithScores() {
        GrowthChart weight = data().charts().get(Indicator.WEIGHT_FOR_AGE);
        assertEquals(2, weight.marks().size());
        assertEquals(6, weight.marks().getFirst().x());
        assertEquals(34, weight.marks().getLast().x());
        assertEquals(4.2, weight.marks().getLast().value(), 1e-9);
        assertTrue(weight.marks().getLast().percentile() > 0 && weight.marks().getLast().percentile() < 100);
        GrowthChart forLength = data().charts().get(Indicator.WEIGHT_FOR_LENGTH_HEIGHT);
        assertEquals(WhoTable.WEIGHT_FOR_LENGTH, forLength.table());
        assertEquals(54.0, forLength.marks().getLast().x(), 1e-9, "weight-for-length is placed by length");
        assertEquals(5, data().charts().size());
        assertNotEquals(0, weight.curves().size());
    }

    @Test
    void correctionIsNotOfferedAtTermOrAfterTwoYears() {
        var term = new nestling.domain.Baby(fixture.baby.meta(), "Ben", fixture.baby.birthAt(), fixture.baby.birthOffset(),
                fixture.baby.sex(), new GestationalAge(39, 0), null, false);
        assertFalse(GrowthViewModel.offersCorrection(term, LocalDate.of(2026, 3, 30)));
        assertTrue(GrowthViewModel.offersCorrection(fixture.baby, LocalDate.of(2026, 3, 30)));
        assertFalse(GrowthViewModel.offersCorrection(fixture.baby, LocalDate.of(2028, 1, 11)));
        fx(() -> model.babyProperty().set(term));
        fixture.drain();
        assertFalse(onFx(() -> model.correctionOfferedProperty().get()));
        assertEquals(ChildAge.AgeBasis.CHRONOLOGICAL, data().basis());
        fx(() -> model.useCorrectedAge(true));
        assertEquals(ChildAge.AgeBasis.CHRONOLOGICAL, onFx(() -> model.basisProperty().get()), "nothing to correct");
    }
}
