package nestling.ui.inbox;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The window's word after unlock about what was logged while locked and not simply merged: the
 * records refused, and the records held because the key beside the vault had been replaced, each
 * with Accept and Drop (and both for all). Closing leaves the undecided ones waiting in the vault.
 */
public final class InboxReviewDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final UiContext context;
    private final InboxReviewViewModel model;

    public InboxReviewDialog(UiContext context, InboxReviewViewModel model, Window owner) {
        this.context = context;
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(context.text("inbox.title"));
        dialog.setHeaderText(context.text("inbox.header"));
        dialog.getDialogPane().setId("inbox-review");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(context.text("inbox.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));

        Label refused = wrapped(Controls.message("inbox-refused", model.refusedProperty()));
        refused.visibleProperty().bind(model.refusedProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());

        Label replaced = wrapped(Controls.text("inbox-replaced", context.text("inbox.replaced")));
        ListView<InboxReviewViewModel.Item> list = new ListView<>(model.items());
        list.setId("inbox-held");
        list.setCellFactory(view -> new ItemCell());
        list.setPrefHeight(220);
        Button acceptAll = Controls.primaryButton("inbox-accept-all", context.text("inbox.acceptAll"));
        acceptAll.setOnAction(e -> model.acceptAll());
        Button dropAll = Controls.button("inbox-drop-all", context.text("inbox.dropAll"));
        dropAll.setOnAction(e -> model.dropAll());
        HBox all = new HBox(8, acceptAll, dropAll);
        Label later = wrapped(Controls.text("inbox-later", context.text("inbox.later"), "hint"));
        VBox held = new VBox(10, replaced, list, all, later);
        held.visibleProperty().bind(Bindings.isNotEmpty(model.items()));
        held.managedProperty().bind(held.visibleProperty());
        acceptAll.disableProperty().bind(model.busyProperty());
        dropAll.disableProperty().bind(model.busyProperty());

        Label status = wrapped(Controls.message("inbox-status", model.statusProperty()));
        VBox content = new VBox(12, refused, held, status);
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);
        dialog.setOnHidden(e -> model.refusalsRead());
        // once every held record is decided the list goes: the dialog shrinks to what is left
        model.items().subscribe(() -> {
            if (model.items().isEmpty() && dialog.isShowing()) {
                // after this pulse's layout, with the status text that came with the decision
                javafx.application.Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
            }
        });
    }

    public void show() {
        dialog.show();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** One held record: what and for whom, when; Accept and Drop. */
    private final class ItemCell extends ListCell<InboxReviewViewModel.Item> {
        ItemCell() {
            setPrefWidth(0); // as wide as the list, never wider: a long name shortens instead of scrolling
        }

        @Override
        protected void updateItem(InboxReviewViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            String whatFor = item.baby().isEmpty() ? item.what()
                    : context.formats().message("inbox.itemFor", item.what(), item.baby());
            Label what = Controls.mayShorten(Controls.text("inbox-item-what", whatFor));
            what.setWrapText(false);
            what.setMinWidth(0); // a long name shortens here, and the whole text is in the tooltip
            what.setTooltip(new javafx.scene.control.Tooltip(whatFor));
            Label when = Controls.oneLine("inbox-item-when", item.when(), "hint");
            VBox text = new VBox(2, what, when);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button accept = Controls.button("inbox-accept", context.text("inbox.accept"));
            accept.setAccessibleText(context.text("inbox.accept") + " " + whatFor + " " + item.when());
            accept.setOnAction(e -> model.accept(item));
            Button drop = Controls.button("inbox-drop", context.text("inbox.drop"));
            drop.setAccessibleText(context.text("inbox.drop") + " " + whatFor + " " + item.when());
            drop.setOnAction(e -> model.drop(item));
            accept.disableProperty().bind(model.busyProperty());
            drop.disableProperty().bind(model.busyProperty());
            accept.setMinWidth(Region.USE_PREF_SIZE);
            drop.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, text, accept, drop);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
