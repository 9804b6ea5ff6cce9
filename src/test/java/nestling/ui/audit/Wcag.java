package nestling.ui.audit;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/** WCAG 2.2 colour arithmetic: relative luminance, contrast ratio, and alpha compositing. */
final class Wcag {
    /** Text this size (px) or larger counts as large; bold text from {@link #LARGE_BOLD_PX}. */
    static final double LARGE_PX = 24.0;
    static final double LARGE_BOLD_PX = 18.66;

    private Wcag() {
    }

    /** Relative luminance of an opaque colour (sRGB, WCAG 2.2 definition). */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code top} (with its alpha times {@code opacity}) painted over the opaque {@code below}. */
    static Color over(Color top, double opacity, Color below) {
        double a = top.getOpacity() * opacity;
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    /**
     * A paint as one colour: a gradient as the mean of its stops (modena's buttons are gentle
     * gradients; their mean is what the eye reads behind a label). Null for anything else.
     */
    static Color colour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        java.util.List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : null;
        if (stops == null || stops.isEmpty()) {
            return null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double o = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            o += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, o / n);
    }

    /** The minimum ratio for text of this size and weight. */
    static double minimum(double sizePx, boolean bold) {
        return sizePx >= LARGE_PX || (bold && sizePx >= LARGE_BOLD_PX) ? 3.0 : 4.5;
    }
}
