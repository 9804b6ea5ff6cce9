package nestling.ui.today;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.ui.baby.BabyFormView;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** "Add your baby", shown on Today while the vault has no baby: the baby form of Settings. Enter adds. */
final class AddBabyView {
    private final VBox root = new VBox(14);

    AddBabyView(UiContext context, AddBabyViewModel model) {
        Label heading = Controls.text("add-baby-heading", context.text("today.add.heading"), "heading");
        Label intro = Controls.text("add-baby-intro", context.text("today.add.intro"), "hint");
        BabyFormView fields = new BabyFormView(context, model.form(), "add-baby");

        Label problem = Controls.message("add-baby-problem", model.problemProperty(), "field-error");
        Button add = Controls.primaryButton("add-baby-button", context.text("today.add.button"));
        // Enter adds only while the form shows.
        add.defaultButtonProperty().bind(root.visibleProperty());
        add.disableProperty().bind(model.savingProperty());
        add.setOnAction(e -> model.save());
        HBox actions = new HBox(add);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, heading, intro, fields.root(), problem, actions);
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setId("add-baby");
        root.visibleProperty().subscribe(shown -> {
            if (shown) {
                fields.name().requestFocus();
            }
        });
    }

    Parent root() {
        return root;
    }
}
