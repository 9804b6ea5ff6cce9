package nestling.ui.shell;

import javafx.geometry.Rectangle2D;

/**
 * The size the window opens at: the comfortable size where the screen has room, else the screen's
 * usable area less room for the title bar the window manager adds, so that the whole window, title bar
 * and all, is on a 1024×600 netbook or a laptop at 150 % scaling. Never below the window's minimum.
 */
record FirstWindowSize(double width, double height) {
    /** What the window manager's frame usually takes: a title bar on top and thin borders. */
    static final double FRAME_HEIGHT = 40;
    static final double FRAME_WIDTH = 16;

    static FirstWindowSize within(Rectangle2D usable, double wantedWidth, double wantedHeight, double minWidth,
            double minHeight) {
        double width = Math.max(minWidth, Math.min(wantedWidth, usable.getWidth() - FRAME_WIDTH));
        double height = Math.max(minHeight, Math.min(wantedHeight, usable.getHeight() - FRAME_HEIGHT));
        return new FirstWindowSize(width, height);
    }
}
