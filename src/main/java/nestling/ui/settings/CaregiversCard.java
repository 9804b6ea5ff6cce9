package nestling.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nestling.domain.Caregiver;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** Caregivers: who is logging on this laptop, and adding someone. */
final class CaregiversCard {
    private final UiContext context;
    private final CaregiversViewModel model;

    CaregiversCard(UiContext context, CaregiversViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** Everyone who logs, to pick one to rename or remove. */
    private ListView<Caregiver> list() {
        ListView<Caregiver> list = new ListView<>(model.caregivers());
        list.setId("caregivers-list");
        list.setAccessibleText(context.text("settings.caregivers"));
        list.setPrefHeight(120);
        list.setPlaceholder(Controls.text("caregivers-none", context.text("settings.caregiver.none"), "hint"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Caregiver caregiver, boolean empty) {
                super.updateItem(caregiver, empty);
                setText(empty || caregiver == null ? null : model.describe(caregiver));
                setGraphic(empty || caregiver == null || caregiver.colour() == null ? null
                        : new Rectangle(14, 14, Color.web(caregiver.colour())));
            }
        });
        SelectionSync.bind(list, model.editing().selectedProperty(), c -> c.meta().id());
        return list;
    }

    /** Rename (the typed name) or remove (after a confirmation) the one chosen in the list. */
    private HBox change() {
        return RenameRemoveRow.build(context, "caregiver", "settings.caregiver", model.editing());
    }

    Node build() {
        ComboBox<Caregiver> current = new ComboBox<>(model.caregivers());
        current.setId("caregiver-current");
        current.setAccessibleText(context.text("settings.caregiver.current"));
        current.setPromptText(context.text("settings.caregiver.none"));
        current.setConverter(SettingsControls.converter(model::describe));
        current.setMinHeight(44);
        current.setMinWidth(260);
        current.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Caregiver caregiver, boolean empty) {
                super.updateItem(caregiver, empty);
                setText(empty || caregiver == null ? null : model.describe(caregiver));
            }
        });
        model.currentProperty().subscribe(chosen -> current.getSelectionModel().select(chosen == null ? null
                : model.caregivers().stream().filter(c -> c.meta().id().equals(chosen.meta().id())).findFirst().orElse(null)));
        current.valueProperty().subscribe(model::choose);

        TextField name = SettingsControls.field("caregiver-name", context.text("settings.caregiver.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField email = SettingsControls.field("caregiver-email", context.text("settings.caregiver.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        ComboBox<String> colour = SettingsControls.colours("caregiver-colour", context, CaregiversViewModel.COLOURS);
        colour.valueProperty().bindBidirectional(model.colourProperty());
        Button add = Controls.button("caregiver-add", context.text("settings.caregiver.add"));
        add.disableProperty().bind(model.busyProperty());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.add());
        name.setOnAction(e -> model.add());
        email.setOnAction(e -> model.add());
        HBox form = new HBox(12,
                SettingsControls.labelled("caregiver-name", context.text("settings.caregiver.name"), name, model.errorProperty("name")),
                SettingsControls.labelled("caregiver-email", context.text("settings.caregiver.email"), email,
                        model.errorProperty("email")),
                Controls.labelled(context.text("settings.colour"), colour), add);
        form.setAlignment(Pos.BOTTOM_LEFT);
        return SettingsControls.card("settings-caregivers", context.text("settings.caregivers"),
                Controls.labelled(context.text("settings.caregiver.current"), current,
                        Controls.text("caregiver-current-hint", context.text("settings.caregiver.current.hint"), "hint")),
                Controls.text("caregiver-list-heading", context.text("settings.caregiver.listHeading"), "field-caption"),
                list(), change(),
                Controls.text("caregiver-add-heading", context.text("settings.caregiver.addHeading"), "field-caption"),
                form,
                Controls.text("caregiver-email-hint", context.text("settings.caregiver.email.hint"), "hint"),
                Controls.message("caregiver-general-error", model.errorProperty("general"), "field-error"));
    }
}
