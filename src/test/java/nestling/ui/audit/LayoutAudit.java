package nestling.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nestling.ui.audit.Finding.Kind;

/**
 * What breaks a layout for a parent, read off a laid-out window: a text cut short with "…", a
 * title or button that wraps (or a word broken across lines: "Heut/e"), a control outside the
 * window, two controls over each other, a dialog larger than the window it belongs to.
 */
final class LayoutAudit {
    /** Style classes of titles: they must show on one line, whole. */
    private static final Set<String> TITLES = Set.of("heading", "subheading", "card-title", "section-title");
    private static final double SLACK = 1.0;

    private LayoutAudit() {
    }

    /** Checks {@code window}; {@code main} is the main window's size (the screen a dialog must fit into). */
    static List<Finding> check(String state, Window window, double mainWidth, double mainHeight, boolean isMain) {
        List<Finding> findings = new ArrayList<>();
        Scene scene = window.getScene();
        if (!isMain && (scene.getWidth() > mainWidth + SLACK || scene.getHeight() > mainHeight + SLACK)) {
            findings.add(new Finding(state, Kind.OUTSIDE, SceneNodes.describe(scene.getRoot()), String.format(
                    "dialog %.0f×%.0f is larger than the window %.0f×%.0f", scene.getWidth(), scene.getHeight(),
                    mainWidth, mainHeight)));
        }
        for (Node node : SceneNodes.all(scene.getRoot())) {
            if (node instanceof Labeled labeled && SceneNodes.shown(labeled) && !blank(labeled.getText())) {
                text(state, labeled, findings);
            }
        }
        for (Node node : SceneNodes.all(scene.getRoot())) {
            if (node instanceof TextInputControl field && SceneNodes.shown(field)) {
                placeholder(state, field, findings);
            }
            if (node instanceof ListView<?> list && SceneNodes.shown(list)) {
                sideways(state, list, findings);
            }
        }
        List<Node> placed = new ArrayList<>();
        collectPlaced(scene.getRoot(), placed);
        placed.removeIf(n -> !SceneNodes.shown(n));
        for (Node node : placed) {
            outside(state, scene, node, findings);
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                overlap(state, placed.get(i), placed.get(j), findings);
            }
        }
        return findings;
    }

    private static void text(String state, Labeled labeled, List<Finding> findings) {
        if (labeled.isTextTruncated() && !SceneNodes.mayShorten(labeled)) {
            findings.add(new Finding(state, Kind.TRUNCATED, SceneNodes.describe(labeled),
                    String.format("shown %.0f px wide", labeled.getWidth())));
        }
        Text drawn = drawnText(labeled);
        if (drawn == null || !labeled.isWrapText()) {
            return;
        }
        int lines = lines(drawn);
        // A push button says one thing on one line; a check box or radio button may carry a sentence.
        boolean button = labeled instanceof ButtonBase && !(labeled instanceof javafx.scene.control.CheckBox)
                && !(labeled instanceof javafx.scene.control.RadioButton);
        boolean title = button || labeled.getStyleClass().stream().anyMatch(TITLES::contains);
        if (title && lines > 1) {
            findings.add(new Finding(state, Kind.WRAPPED, SceneNodes.describe(labeled), "on " + lines + " lines"));
        }
        double widest = widestWord(drawn);
        if (lines > 1 && drawn.getWrappingWidth() > 0 && widest > drawn.getWrappingWidth() + SLACK) {
            findings.add(new Finding(state, Kind.WRAPPED, SceneNodes.describe(labeled), String.format(
                    "a word %.0f px wide broken into a %.0f px line", widest, drawn.getWrappingWidth())));
        }
    }

    /** A hint in an empty field ("Search notes, names, amounts (Ctrl+F)") must show whole. */
    private static void placeholder(String state, TextInputControl field, List<Finding> findings) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        for (Node node : SceneNodes.all(field)) {
            if (node instanceof Text text && prompt.equals(text.getText()) && SceneNodes.shown(text)) {
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                double needed = text.getLayoutBounds().getWidth();
                if (!(field instanceof javafx.scene.control.TextArea) && needed > room + SLACK) {
                    findings.add(new Finding(state, Kind.TRUNCATED, SceneNodes.describe(field) + " hint \"" + prompt
                            + "\"", String.format("hint needs %.0f px, the field has %.0f px", needed, room)));
                }
                return;
            }
        }
    }

    /** A list of names (babies, caregivers, activities) shows them whole, not behind a sideways scroll bar. */
    private static void sideways(String state, ListView<?> list, List<Finding> findings) {
        for (Node node : SceneNodes.all(list)) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && SceneNodes.shown(bar)) {
                findings.add(new Finding(state, Kind.OUTSIDE, SceneNodes.describe(list),
                        "its items are wider than the list (it scrolls sideways)"));
                return;
            }
        }
    }

    /** The Text node a Labeled's skin draws its text with. */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getText() != null && !text.getText().isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static int lines(Text drawn) {
        Text one = new Text("Hg");
        one.setFont(drawn.getFont());
        one.setLineSpacing(drawn.getLineSpacing());
        double line = one.getLayoutBounds().getHeight();
        int explicit = drawn.getText().split("\n", -1).length;
        int measured = (int) Math.round(drawn.getLayoutBounds().getHeight() / line);
        return Math.max(1, measured - explicit + 1);
    }

    private static double widestWord(Text drawn) {
        double widest = 0;
        for (String word : drawn.getText().split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(drawn.getFont());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /**
     * The controls the screens place themselves, as a parent sees them: a control's own insides
     * (a combo's button, a table's cells) are part of it, while the content of a scroll pane,
     * titled pane, tab or tool bar is placed again.
     */
    private static void collectPlaced(Node node, List<Node> into) {
        if (node instanceof ScrollPane pane) {
            child(pane.getContent(), into);
        } else if (node instanceof TitledPane pane) {
            into.add(node);
            child(pane.getContent(), into);
        } else if (node instanceof TabPane pane) {
            Tab tab = pane.getSelectionModel().getSelectedItem();
            child(tab == null ? null : tab.getContent(), into);
        } else if (node instanceof SplitPane pane) {
            pane.getItems().forEach(item -> child(item, into));
        } else if (node instanceof ToolBar bar) {
            bar.getItems().forEach(item -> child(item, into));
        } else if (node instanceof ButtonBar bar) {
            bar.getButtons().forEach(item -> child(item, into));
        } else if (node instanceof Accordion accordion) {
            accordion.getPanes().forEach(item -> child(item, into));
        } else if (node instanceof Control) {
            into.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(item -> child(item, into));
        }
    }

    private static void child(Node node, List<Node> into) {
        if (node != null) {
            collectPlaced(node, into);
        }
    }

    private static void outside(String state, Scene scene, Node node, List<Finding> findings) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        ScrollPane pane = SceneNodes.scrollPaneAround(node);
        double left = 0;
        double right = scene.getWidth();
        if (pane != null) {
            Bounds viewport = pane.localToScene(pane.getLayoutBounds());
            left = viewport.getMinX();
            right = viewport.getMaxX();
        }
        boolean across = b.getMinX() < left - SLACK || b.getMaxX() > right + SLACK;
        boolean below = pane == null && (b.getMinY() < -SLACK || b.getMaxY() > scene.getHeight() + SLACK);
        if (across || below) {
            findings.add(new Finding(state, Kind.OUTSIDE, SceneNodes.describe(node), String.format(
                    "at x %.0f–%.0f, y %.0f–%.0f; visible area x %.0f–%.0f, height %.0f", b.getMinX(), b.getMaxX(),
                    b.getMinY(), b.getMaxY(), left, right, scene.getHeight())));
        }
    }

    private static void overlap(String state, Node a, Node b, List<Finding> findings) {
        if (SceneNodes.scrollPaneAround(a) != SceneNodes.scrollPaneAround(b) || inside(a, b) || inside(b, a)) {
            return;
        }
        Bounds ba = a.localToScene(a.getLayoutBounds());
        Bounds bb = b.localToScene(b.getLayoutBounds());
        double w = Math.min(ba.getMaxX(), bb.getMaxX()) - Math.max(ba.getMinX(), bb.getMinX());
        double h = Math.min(ba.getMaxY(), bb.getMaxY()) - Math.max(ba.getMinY(), bb.getMinY());
        if (w > 2 && h > 2) {
            findings.add(new Finding(state, Kind.OVERLAP, SceneNodes.describe(a), String.format(
                    "overlaps %s by %.0f×%.0f px", SceneNodes.describe(b), w, h)));
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
