package nestling.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nestling.domain.ActivityType;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The family's own activity types: the list and a one-line form to add one. */
final class ActivityTypesCard {
    private final UiContext context;
    private final ActivityTypesViewModel model;

    ActivityTypesCard(UiContext context, ActivityTypesViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** Rename (the typed name) or remove (after a confirmation) the one chosen in the list. */
    private HBox change() {
        return RenameRemoveRow.build(context, "activity", "settings.activity", model.editing());
    }

    Node build() {
        ListView<ActivityType> list = new ListView<>(model.types());
        list.setId("activity-types");
        list.setAccessibleText(context.text("settings.activities"));
        list.setPrefHeight(140);
        list.setPlaceholder(Controls.text("activity-none", context.text("settings.activity.none"), "hint"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityType type, boolean empty) {
                super.updateItem(type, empty);
                if (empty || type == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(model.describe(type));
                    setGraphic(type.colour() == null ? null : new Rectangle(14, 14, Color.web(type.colour())));
                }
            }
        });
        SelectionSync.bind(list, model.editing().selectedProperty(), t -> t.meta().id());
        TextField name = SettingsControls.field("activity-name", context.text("settings.activity.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnAction(e -> model.add());
        ComboBox<String> colour = SettingsControls.colours("activity-colour", context, CaregiversViewModel.COLOURS);
        colour.valueProperty().bindBidirectional(model.colourProperty());
        CheckBox timed = new CheckBox(context.text("settings.activity.isTimed"));
        timed.setId("activity-timed");
        timed.setAccessibleText(context.text("settings.activity.isTimed"));
        timed.selectedProperty().bindBidirectional(model.timedProperty());
        timed.setMinHeight(44);
        timed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button add = Controls.button("activity-add", context.text("settings.activity.add"));
        add.disableProperty().bind(model.busyProperty());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.add());
        HBox form = new HBox(12,
                SettingsControls.labelled("activity-name", context.text("settings.activity.name"), name, model.errorProperty("name")),
                Controls.labelled(context.text("settings.colour"), colour), timed, add);
        form.setAlignment(Pos.BOTTOM_LEFT);
        return SettingsControls.card("settings-activities", context.text("settings.activities"),
                Controls.text("activity-hint", context.text("settings.activity.hint"), "hint"), list, change(),
                Controls.text("activity-add-heading", context.text("settings.activity.addHeading"), "field-caption"), form,
                Controls.message("activity-general-error", model.errorProperty("general"), "field-error"));
    }
}
