package nestling.ui.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nestling.ui.audit.Finding.Kind;

/**
 * The WCAG 2.2 contrast of every drawn text against what it is drawn on: the fills of the regions
 * and shapes beneath its middle, composited as JavaFX paints them (ancestors' backgrounds, and
 * siblings drawn before it), down to the scene's fill. At least 4.5:1, or 3:1 for large text.
 * Disabled controls are exempt, as WCAG exempts inactive components. In the night theme no large
 * surface may be bright.
 */
final class ContrastAudit {
    /** A night surface brighter than this relative luminance (about #9a9a9a) glares in a dark room. */
    private static final double NIGHT_LUMINANCE = 0.32;
    /** ... when it covers more than this share of the window. */
    private static final double NIGHT_AREA = 0.02;

    private ContrastAudit() {
    }

    private record Layer(Color colour, Node owner) {
    }

    static List<Finding> check(String state, Window window, boolean night) {
        List<Finding> findings = new ArrayList<>();
        Scene scene = window.getScene();
        for (Node node : SceneNodes.all(scene.getRoot())) {
            if (node instanceof Text text && SceneNodes.shown(text) && !text.isDisabled() && text.getText() != null
                    && !text.getText().isBlank()) {
                contrast(state, scene, text, findings);
            }
            if (night && node instanceof Region region && SceneNodes.shown(region)) {
                bright(state, scene, region, findings);
            }
        }
        focusRing(state, scene, findings);
        return findings;
    }

    /**
     * WCAG 2.2 (1.4.11): where the keys go must be seen, so the focus ring of the focused field or
     * button is at least 3:1 against what surrounds it. Modena draws the ring as the control's
     * first background fill (-fx-focus-color), outside its body.
     */
    private static void focusRing(String state, Scene scene, List<Finding> findings) {
        if (!(scene.getFocusOwner() instanceof Region focused) || !focused.isFocused() || !SceneNodes.shown(focused)
                || !(focused instanceof javafx.scene.control.TextInputControl
                        || focused instanceof javafx.scene.control.ButtonBase
                        || focused instanceof javafx.scene.control.ComboBoxBase<?>)) {
            return;
        }
        Background background = focused.getBackground();
        Color ring = background == null || background.getFills().isEmpty() ? null
                : Wcag.colour(background.getFills().getFirst().getFill());
        Bounds b = focused.localToScene(focused.getLayoutBounds());
        // just outside its left edge, halfway down: what the ring is seen against
        List<Layer> layers = layersBeneath(focused, new Point2D(b.getMinX() - 0.5, b.getCenterY()));
        Color around = scene.getFill() instanceof Color c ? Wcag.over(c, 1, Color.WHITE) : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            around = Wcag.over(layers.get(i).colour(), 1, around);
        }
        Color drawn = ring == null ? around : Wcag.over(ring, 1, around);
        double ratio = Wcag.contrast(drawn, around);
        if (ratio < 3.0) {
            findings.add(new Finding(state, Kind.FOCUS, SceneNodes.describe(focused), String.format(
                    "%.2f:1 < 3.0:1 (%s around %s)", ratio, hex(drawn), hex(around))));
        }
    }

    private static void contrast(String state, Scene scene, Text text, List<Finding> findings) {
        // Selected text (a form selects the time it opens with) is drawn in the selection colour.
        boolean selected = text.getSelectionStart() >= 0 && text.getSelectionEnd() > text.getSelectionStart();
        Color fill = Wcag.colour(selected ? text.getSelectionFill() : text.getFill());
        if (fill == null) {
            return;
        }
        Bounds b = text.localToScene(text.getBoundsInLocal());
        Point2D middle = new Point2D(b.getCenterX(), b.getCenterY());
        List<Layer> layers = layersBeneath(text, middle);
        Color below = scene.getFill() instanceof Color c ? Wcag.over(c, 1, Color.WHITE) : Color.WHITE;
        for (int i = layers.size() - 1; i >= 0; i--) {
            below = Wcag.over(layers.get(i).colour(), 1, below);
        }
        Node nearestOwner = layers.isEmpty() ? null : layers.get(0).owner();
        Color drawn = Wcag.over(fill, opacityUpTo(text, nearestOwner), below);
        double ratio = Wcag.contrast(drawn, below);
        double size = text.getFont().getSize();
        boolean bold = text.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        double minimum = Wcag.minimum(size, bold);
        if (ratio < minimum) {
            Node labelled = text.getParent() != null ? text.getParent() : text;
            findings.add(new Finding(state, Kind.CONTRAST, SceneNodes.describe(labelled) + " \"" + text.getText()
                    .replace('\n', ' ') + "\"", String.format("%.2f:1 < %.1f:1 (%s on %s, %.0fpx%s)", ratio, minimum,
                    hex(drawn), hex(below), size, bold ? " bold" : "")));
        }
    }

    /**
     * The fills beneath {@code point}, nearest first, down to the first opaque one: at each level
     * the siblings drawn before the path (later ones lie on top), then the parent's own background.
     */
    private static List<Layer> layersBeneath(Node node, Point2D at) {
        Point2D point = at;
        List<Layer> layers = new ArrayList<>();
        Node child = node;
        for (Parent parent = node.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            List<Node> siblings = parent.getChildrenUnmodifiable();
            for (int i = siblings.indexOf(child) - 1; i >= 0; i--) {
                Node sibling = siblings.get(i);
                if (SceneNodes.shown(sibling) && paintsAt(sibling, point, layers)) {
                    return layers;
                }
            }
            if (parent instanceof javafx.scene.control.ScrollPane pane) {
                // Text scrolled out of view is judged as it will be seen: inside the pane.
                point = clampInto(pane.localToScene(pane.getLayoutBounds()), point);
            }
            if (paintsAt(parent, point, layers)) {
                return layers;
            }
        }
        return layers;
    }

    private static Point2D clampInto(Bounds bounds, Point2D point) {
        return new Point2D(Math.clamp(point.getX(), bounds.getMinX() + 1, bounds.getMaxX() - 1),
                Math.clamp(point.getY(), bounds.getMinY() + 1, bounds.getMaxY() - 1));
    }

    /** Adds what {@code node} itself paints at {@code point}, top fill first; true once it is opaque there. */
    private static boolean paintsAt(Node node, Point2D point, List<Layer> layers) {
        Point2D local = node.sceneToLocal(point);
        if (node instanceof Region region) {
            Background background = region.getBackground();
            if (background == null) {
                return false;
            }
            List<BackgroundFill> fills = background.getFills();
            for (int i = fills.size() - 1; i >= 0; i--) {
                BackgroundFill fill = fills.get(i);
                Color colour = Wcag.colour(fill.getFill());
                if (colour == null || colour.getOpacity() == 0 || !covers(region, fill.getInsets(), local)) {
                    continue;
                }
                layers.add(new Layer(colour, region));
                if (colour.getOpacity() >= 0.999) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Shape shape && !(node instanceof Text) && shape.getFill() != null && shape.contains(local)) {
            Color colour = Wcag.colour(shape.getFill());
            if (colour != null && colour.getOpacity() > 0) {
                layers.add(new Layer(colour, shape));
                return colour.getOpacity() >= 0.999;
            }
        }
        return false;
    }

    private static boolean covers(Region region, Insets insets, Point2D local) {
        double w = region.getWidth();
        double h = region.getHeight();
        return local.getX() >= insets.getLeft() && local.getX() <= w - insets.getRight()
                && local.getY() >= insets.getTop() && local.getY() <= h - insets.getBottom();
    }

    private static double opacityUpTo(Node node, Node owner) {
        double opacity = 1;
        for (Node n = node; n != null && n != owner; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    private static void bright(String state, Scene scene, Region region, List<Finding> findings) {
        Background background = region.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return;
        }
        Color top = Wcag.colour(background.getFills().getLast().getFill());
        double area = region.getWidth() * region.getHeight();
        if (top != null && top.getOpacity() > 0.5 && Wcag.luminance(top) > NIGHT_LUMINANCE
                && area > NIGHT_AREA * scene.getWidth() * scene.getHeight()) {
            findings.add(new Finding(state, Kind.BRIGHT_AT_NIGHT, SceneNodes.describe(region), String.format(
                    "%s over %.0f×%.0f px", hex(top), region.getWidth(), region.getHeight())));
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
