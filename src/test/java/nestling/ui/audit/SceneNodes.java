package nestling.ui.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import nestling.ui.common.Controls;

/** Walking a window's scene graph as it is drawn: every node, skins included. */
final class SceneNodes {
    private SceneNodes() {
    }

    /** Every node under {@code root} (itself first), including the nodes of controls' skins. */
    static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    /** Drawn: visible with all its ancestors, not fully transparent, and of some size. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        var bounds = node.getLayoutBounds();
        return bounds.getWidth() > 0 && bounds.getHeight() > 0;
    }

    /** Whether the node or an ancestor is marked as allowed to shorten its text ({@link Controls#mayShorten}). */
    static boolean mayShorten(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(Controls.MAY_SHORTEN)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest scroll pane around the node (its content may run past the window), or null. */
    static ScrollPane scrollPaneAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** A short name for a finding: type, id or style class, and its text. */
    static String describe(Node node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            out.append('#').append(node.getId());
        } else if (!node.getStyleClass().isEmpty()) {
            out.append('.').append(String.join(".", node.getStyleClass()));
        }
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText() : null;
        if (text != null) {
            out.append(" \"").append(text.length() > 60 ? text.substring(0, 60) + "…" : text).append('"');
        }
        Node owner = node.getParent();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        if (owner != null && owner != node) {
            out.append(" in #").append(owner.getId());
        }
        return out.toString().replace('\n', ' ');
    }
}
