package nestling.ui.entry;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The room for a field's message, kept while there is none: a message that appears while the parent
 * types must not push the next field down under the pointer (a click meant for it would miss).
 */
final class MessageLine {
    private MessageLine() {
    }

    /** {@code messages} (a label, or a column of them) over an invisible line of message text. */
    static StackPane around(Node messages) {
        Label keep = new Label(" ");
        keep.getStyleClass().add("field-error");
        keep.setVisible(false);
        StackPane line = new StackPane(keep, messages);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }
}
