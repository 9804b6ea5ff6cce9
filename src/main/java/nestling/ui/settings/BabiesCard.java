package nestling.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nestling.domain.Baby;
import nestling.ui.baby.BabyFormView;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The babies card: the list on the left, the form for the selected (or a new) baby on the right. */
final class BabiesCard {
    private final UiContext context;
    private final BabiesViewModel model;

    BabiesCard(UiContext context, BabiesViewModel model) {
        this.context = context;
        this.model = model;
    }

    Node build() {
        ListView<Baby> list = new ListView<>(model.babies());
        list.setId("babies-list");
        list.setAccessibleText(context.text("settings.babies"));
        list.setPrefSize(260, 220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Baby baby, boolean empty) {
                super.updateItem(baby, empty);
                setText(empty || baby == null ? null : model.describe(baby));
                setMinHeight(44);
                // A long name takes a second line inside the list instead of a sideways scroll bar.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().subscribe(baby -> {
            if (baby != null) {
                model.edit(baby);
            }
        });
        Button add = Controls.button("baby-new", context.text("settings.baby.new"));
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.startNew();
        });
        add.setMinWidth(Region.USE_PREF_SIZE);
        list.setMinWidth(200);
        VBox left = new VBox(8, list, add);
        left.setMinWidth(Region.USE_PREF_SIZE);
        VBox form = form();
        HBox body = new HBox(20, left, form);
        return SettingsControls.card("settings-babies", context.text("settings.babies"), body);
    }

    private VBox form() {
        BabyFormView fields = new BabyFormView(context, model.form(), "baby");
        ImageView photo = new ImageView();
        photo.setId("baby-photo");
        photo.setFitWidth(96);
        photo.setFitHeight(96);
        photo.setPreserveRatio(true);
        photo.setAccessibleText(context.text("settings.baby.photo"));
        model.photoProperty().subscribe(bytes -> photo.setImage(bytes == null ? null
                : new Image(new ByteArrayInputStream(bytes))));
        Button choose = Controls.button("baby-photo-choose", context.text("settings.baby.photo.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.text("settings.baby.photo"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.text("settings.baby.photo"),
                    "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
            File file = chooser.showOpenDialog(choose.getScene().getWindow());
            if (file != null) {
                model.choosePhoto(file.toPath());
            }
        });
        Button remove = Controls.button("baby-photo-remove", context.text("settings.baby.photo.remove"));
        remove.setOnAction(e -> model.removePhoto());
        remove.disableProperty().bind(model.photoProperty().isNull());
        Label noPhoto = Controls.text("baby-photo-none", context.text("settings.baby.photo.none"), "hint");
        noPhoto.visibleProperty().bind(model.photoProperty().isNull());
        StackPane frame = new StackPane(noPhoto, photo);
        frame.setMinSize(96, 96);
        frame.setMaxSize(96, 96);
        frame.getStyleClass().add("photo-frame");
        HBox photoRow = new HBox(12, frame, new VBox(8, choose, remove));

        Button save = Controls.primaryButton("baby-save", context.text("settings.baby.save"));
        save.setDefaultButton(false);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        fields.name().setOnAction(e -> model.save());
        fields.time().setOnAction(e -> model.save());
        Button archive = Controls.button("baby-archive", "");
        archive.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() != null
                && model.editingProperty().get().archived() ? context.text("settings.baby.unarchive")
                : context.text("settings.baby.archive"), model.editingProperty()));
        archive.accessibleTextProperty().bind(archive.textProperty());
        archive.visibleProperty().bind(model.editingProperty().isNotNull());
        archive.setOnAction(e -> model.archive(model.editingProperty().get(), !model.editingProperty().get().archived()));
        HBox actions = new HBox(12, archive, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        Label heading = Controls.text("baby-form-heading", "", "field-caption");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() == null
                ? context.text("settings.baby.adding")
                : context.formats().message("settings.baby.editing", model.editingProperty().get().name()),
                model.editingProperty()));

        VBox form = new VBox(10, heading, fields.root(),
                SettingsControls.labelled("baby-photo", context.text("settings.baby.photo"), photoRow,
                        model.errorProperty("photo")),
                actions,
                Controls.message("baby-general-error", model.errorProperty("general"), "field-error"),
                Controls.message("baby-saved", model.savedProperty(), "hint"));
        return form;
    }
}
