package nestling.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The row under a family list: a field with the chosen item's name, "Rename", and "Remove…"
 * (after a confirmation). Ids are {@code <ids>-rename}, {@code <ids>-rename-button},
 * {@code <ids>-remove} and {@code <ids>-remove-dialog}; texts {@code <keys>.rename.name},
 * {@code <keys>.rename} and {@code <keys>.remove}.
 */
final class RenameRemoveRow {
    private RenameRemoveRow() {
    }

    static HBox build(UiContext context, String ids, String keys, RenameRemove<?> editing) {
        TextField name = SettingsControls.field(ids + "-rename", context.text(keys + ".rename.name"));
        name.textProperty().bindBidirectional(editing.newNameProperty());
        name.disableProperty().bind(editing.selectedProperty().isNull());
        name.setOnAction(e -> editing.rename());
        Button rename = Controls.button(ids + "-rename-button", context.text(keys + ".rename"));
        rename.disableProperty().bind(editing.selectedProperty().isNull().or(editing.busyProperty()));
        rename.setMinWidth(Region.USE_PREF_SIZE);
        rename.setOnAction(e -> editing.rename());
        Button remove = Controls.button(ids + "-remove", context.text(keys + ".remove"));
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(editing.selectedProperty().isNull().or(editing.busyProperty()));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> {
            if (RemoveConfirmation.ask(context, remove, ids + "-remove-dialog", editing.removeQuestion())) {
                editing.remove();
            }
        });
        HBox row = new HBox(12, SettingsControls.labelled(ids + "-rename", context.text(keys + ".rename.name"), name,
                editing.renameErrorProperty()), rename, remove);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }
}
