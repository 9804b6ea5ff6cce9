package nestling.ui.today;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nestling.ui.common.Controls;

/** A dashboard card: a heading with the kind's symbol and name (never colour alone) and a coloured edge. */
final class Cards {
    private Cards() {
    }

    /** @param kind feeding, sleep, diaper, medicine, growth, activity or note: picks {@code -nest-kind-KIND} */
    static VBox card(String id, String kind, String symbol, String title, Node... content) {
        Label heading = Controls.text(id + "-title", symbol + "  " + title, "dash-card-title");
        VBox card = new VBox(6, heading);
        card.getChildren().addAll(content);
        card.setId(id);
        card.getStyleClass().addAll("dash-card", "kind-" + kind);
        card.setAccessibleText(title);
        return card;
    }

    /** A label whose text and accessible text follow {@code text} (set on a change of words: {@link Controls#follow}). */
    static Label bound(String id, ObservableStringValue text, String... styleClasses) {
        Label label = Controls.text(id, "", styleClasses);
        Controls.follow(label, text);
        label.accessibleTextProperty().bind(label.textProperty());
        return label;
    }

    static Label hidingWhenEmpty(String id, ObservableStringValue text, String... styleClasses) {
        Label label = bound(id, text, styleClasses);
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Shows {@code label} in the quiet style while {@code none} holds ("No feed in the last 3 days"). */
    static void quietWhen(Label label, java.util.function.BooleanSupplier none, DashboardViewModel model) {
        model.dataProperty().subscribe(d -> {
            label.getStyleClass().remove("quiet");
            if (d == null || none.getAsBoolean()) {
                label.getStyleClass().add("quiet");
            }
        });
    }
}
