package nestling.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opened at 1100×720 on a 1024×640 screen, its left edge and title bar off the screen. */
class FirstWindowSizeTest {
    @Test
    void theWindowFitsASmallScreenWithItsFrameAndKeepsItsSizeOnALargeOne() {
        assertEquals(new FirstWindowSize(1008, 600), FirstWindowSize.within(new Rectangle2D(0, 0, 1024, 640), 1100, 720, 800, 560));
        assertEquals(new FirstWindowSize(1100, 720), FirstWindowSize.within(new Rectangle2D(0, 0, 1920, 1050), 1100, 720, 800, 560));
        assertEquals(new FirstWindowSize(800, 560), FirstWindowSize.within(new Rectangle2D(0, 0, 640, 480), 1100, 720, 800, 560),
                "never below the minimum the screens are laid out for");
    }
}
