package nestling.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Side by side as a calendar's day view places what overlaps. */
class LanesTest {
    private static Lanes.Extent at(double top, double bottom) {
        return new Lanes.Extent(top, bottom, 0);
    }

    @Test
    void whatDoesNotOverlapTakesTheWholeWidthEvenWhenItTouches() {
        assertEquals(List.of(new Lanes.Place(0, 1, 1), new Lanes.Place(0, 1, 1)),
                Lanes.place(List.of(at(0, 20), at(20, 40))));
    }

    @Test
    void overlappingItemsShareTheWidthAndALaneIsReusedOnceFree() {
        // a long feed; a diaper during it; a note after the diaper, still during the feed
        List<Lanes.Place> places = Lanes.place(List.of(at(0, 100), at(10, 30), at(40, 60)));
        assertEquals(List.of(new Lanes.Place(0, 1, 2), new Lanes.Place(1, 1, 2), new Lanes.Place(1, 1, 2)), places);
    }

    @Test
    void aClusterIsAsWideAsItsBusiestMomentAndAnItemWidensOverFreeLanes() {
        // three at once, then one beside the long one only: it takes the two lanes free beside it
        List<Lanes.Place> places = Lanes.place(List.of(at(0, 20), at(0, 100), at(0, 20), at(50, 60), at(200, 220)));
        assertEquals(new Lanes.Place(0, 1, 3), places.get(1), "the longest of those starting together goes left");
        assertEquals(new Lanes.Place(1, 1, 3), places.get(0));
        assertEquals(new Lanes.Place(2, 1, 3), places.get(2));
        assertEquals(new Lanes.Place(1, 2, 3), places.get(3));
        assertEquals(new Lanes.Place(0, 1, 1), places.get(4), "a later cluster starts afresh");
        assertEquals(100.0, places.get(3).x(0, 300), 1e-9);
        assertEquals(200.0, places.get(3).width(300), 1e-9);
    }

    @Test
    void aChainOfOverlapsIsOneCluster() {
        // a overlaps b, b overlaps c, a and c do not: still one cluster of two lanes
        List<Lanes.Place> places = Lanes.place(List.of(at(0, 30), at(10, 40), at(35, 50)));
        assertEquals(List.of(new Lanes.Place(0, 1, 2), new Lanes.Place(1, 1, 2), new Lanes.Place(0, 1, 2)), places);
    }

    @Test
    void theOrderBreaksTiesSoSleepGoesLeftOfAFeedStartingWithIt() {
        List<Lanes.Place> places = Lanes.place(List.of(new Lanes.Extent(0, 50, 1), new Lanes.Extent(0, 50, 0)));
        assertEquals(new Lanes.Place(1, 1, 2), places.get(0));
        assertEquals(new Lanes.Place(0, 1, 2), places.get(1));
    }
}
