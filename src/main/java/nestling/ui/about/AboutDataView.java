package nestling.ui.about;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The About-your-data screen: facts, the no-network promise, the WHO credit and Erase everything. */
public final class AboutDataView {
    private final VBox root = new VBox(18);

    public AboutDataView(UiContext context, AboutDataViewModel model) {
        Label folder = Controls.text("about-folder", "", "value");
        Label vault = Controls.text("about-vault-size", "", "value");
        Label snapshots = Controls.text("about-snapshots", "", "value");
        Label logs = Controls.text("about-logs", "", "value");
        model.factsProperty().subscribe(facts -> {
            if (facts != null) {
                folder.setText(facts.folder().toString());
                vault.setText(context.formats().size(facts.vaultBytes()));
                snapshots.setText(context.formats().message("about.snapshots.value", facts.snapshots(),
                        context.formats().size(facts.snapshotBytes())));
                logs.setText(context.formats().size(facts.logBytes()));
            }
        });
        VBox where = card(Controls.text("about-where", context.text("about.where"), "subheading"),
                Controls.labelled(context.text("about.folder"), folder),
                Controls.labelled(context.text("about.vault"), vault),
                Controls.labelled(context.text("about.snapshots"), snapshots),
                Controls.labelled(context.text("about.logs"), logs, Controls.text("about-logs-hint", context.text("about.logs.hint"), "hint")));

        VBox promise = card(Controls.text("about-promise", context.text("about.promise"), "subheading"),
                Controls.text("about-promise-text", context.text("about.promise.text")),
                Controls.text("about-deleted-text", context.text("about.deleted.text"), "hint"));

        VBox credit = card(Controls.text("about-credit", context.text("about.credit"), "subheading"),
                Controls.text("about-credit-text", context.text("about.credit.text")));

        root.getChildren().addAll(where, promise, credit, eraseCard(context, model),
                Controls.message("about-error", model.errorProperty(), "banner", "banner-error"));
        root.setId("about-screen");
        model.load();
    }

    private static VBox eraseCard(UiContext context, AboutDataViewModel model) {
        TextField word = new TextField();
        word.setId("erase-confirmation");
        word.setAccessibleText(context.text("about.erase.type"));
        word.textProperty().bindBidirectional(model.confirmationProperty());
        word.setMaxWidth(240);
        Button erase = Controls.button("erase-button", context.text("about.erase.button"));
        erase.getStyleClass().add("danger");
        erase.disableProperty().bind(model.canEraseBinding().not());
        erase.setOnAction(e -> model.erase());
        word.setOnAction(e -> model.erase());
        HBox row = new HBox(12, word, erase);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = card(Controls.text("about-erase", context.text("about.erase"), "subheading"),
                Controls.text("about-erase-text", context.text("about.erase.text")),
                Controls.labelled(context.formats().message("about.erase.type", context.text("about.erase.word")), row));
        card.getStyleClass().add("card-danger");
        return card;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(12, children);
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        return card;
    }

    public Parent root() {
        return root;
    }
}
