package nestling.ui.today;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.domain.Sex;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** "Add your baby", shown on Today while the vault has no baby. Enter adds. */
final class AddBabyView {
    private final VBox root = new VBox(14);

    AddBabyView(UiContext context, AddBabyViewModel model) {
        Label heading = Controls.text("add-baby-heading", context.text("today.add.heading"), "heading");
        Label intro = Controls.text("add-baby-intro", context.text("today.add.intro"), "hint");

        TextField name = new TextField();
        name.setId("add-baby-name");
        name.setAccessibleText(context.text("today.add.name"));
        name.textProperty().bindBidirectional(model.nameProperty());

        DatePicker birth = new DatePicker();
        birth.setId("add-baby-birth");
        birth.setAccessibleText(context.text("today.add.birth"));
        birth.valueProperty().bindBidirectional(model.birthDateProperty());

        ChoiceBox<Sex> sex = new ChoiceBox<>();
        sex.getItems().addAll(null, Sex.FEMALE, Sex.MALE);
        sex.setId("add-baby-sex");
        sex.setAccessibleText(context.text("today.add.sex"));
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sex value) {
                return context.text(value == null ? "today.sex.none" : "today.sex." + value.name());
            }

            @Override
            public Sex fromString(String text) {
                return null;
            }
        });
        sex.valueProperty().bindBidirectional(model.sexProperty());

        CheckBox known = new CheckBox(context.text("today.add.gestationKnown"));
        known.setId("add-baby-gestation-known");
        known.setWrapText(true);
        known.setAccessibleText(context.text("today.add.gestationKnown"));
        known.selectedProperty().bindBidirectional(model.gestationKnownProperty());
        Spinner<Integer> weeks = new Spinner<>(20, 45, model.gestationWeeksProperty().get());
        weeks.setId("add-baby-weeks");
        weeks.setEditable(true);
        weeks.setAccessibleText(context.text("today.add.weeks"));
        weeks.valueProperty().subscribe(v -> model.gestationWeeksProperty().set(v));
        Spinner<Integer> days = new Spinner<>(0, 6, model.gestationDaysProperty().get());
        days.setId("add-baby-days");
        days.setEditable(true);
        days.setAccessibleText(context.text("today.add.days"));
        days.valueProperty().subscribe(v -> model.gestationDaysProperty().set(v));
        HBox gestation = new HBox(12, Controls.labelled(context.text("today.add.weeks"), weeks),
                Controls.labelled(context.text("today.add.days"), days));
        gestation.disableProperty().bind(known.selectedProperty().not());

        Label problem = Controls.message("add-baby-problem", model.problemProperty(), "field-error");
        Button add = Controls.primaryButton("add-baby-button", context.text("today.add.button"));
        // Enter adds only while the form shows.
        add.defaultButtonProperty().bind(root.visibleProperty());
        add.disableProperty().bind(model.savingProperty());
        add.setOnAction(e -> model.save());
        HBox actions = new HBox(add);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, heading, intro,
                Controls.labelled(context.text("today.add.name"), name),
                Controls.labelled(context.text("today.add.birth"), birth),
                Controls.labelled(context.text("today.add.sex"), sex),
                known, gestation, problem, actions);
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setId("add-baby");
        root.visibleProperty().subscribe(shown -> {
            if (shown) {
                name.requestFocus();
            }
        });
    }

    Parent root() {
        return root;
    }
}
