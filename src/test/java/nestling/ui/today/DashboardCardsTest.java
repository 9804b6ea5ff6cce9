package nestling.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The feed, sleep and diaper cards share a dashboard's width instead of leaving a gap on the right. */
class DashboardCardsTest {
    @Test
    void threeInARowWhenTheyFitElseTwoElseOneAndNeverNarrowerThanTheMinimum() {
        assertEquals(328, DashboardView.tileWidth(1010, 12, 3), "one baby at 1280 px: three cards fill the row");
        assertEquals(241, DashboardView.tileWidth(495, 12, 3), "side by side: two a row");
        assertEquals(300, DashboardView.tileWidth(300, 12, 3), "one a row, the full width");
        assertEquals(DashboardView.MIN_CARD, DashboardView.tileWidth(0, 12, 3), "before layout");
    }
}
