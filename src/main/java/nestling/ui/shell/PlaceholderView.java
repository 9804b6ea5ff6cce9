package nestling.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** A calm stand-in for a screen that is not built yet. */
final class PlaceholderView {
    private final VBox root = new VBox(10);

    PlaceholderView(UiContext context, Section section) {
        root.getChildren().addAll(
                Controls.text("placeholder-text", context.formats().message("placeholder.text", context.text(section.key()))),
                Controls.text("placeholder-hint", context.text("placeholder.hint"), "hint"));
        root.setAlignment(Pos.TOP_LEFT);
        root.setMaxWidth(640);
        root.setId("placeholder-" + section.id());
    }

    Parent root() {
        return root;
    }
}
