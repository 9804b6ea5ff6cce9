package nestling.ui.baby;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.domain.Sex;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The fields of {@link BabyFormModel}, top to bottom: name, date and time of birth, sex, gestational
 * age at birth; each with its message below. Node ids start with the place's prefix ("add-baby",
 * "baby"): {@code prefix-name}, {@code -birth-date}, {@code -birth-time}, {@code -sex},
 * {@code -gestation-weeks}, {@code -gestation-days}; messages {@code <field id>-error}.
 */
public final class BabyFormView {
    private final VBox root = new VBox(10);
    private final TextField name;
    private final TextField time;

    public BabyFormView(UiContext context, BabyFormModel model, String prefix) {
        name = field(prefix + "-name", context.text("settings.baby.name"));
        name.textProperty().bindBidirectional(model.nameProperty());

        DatePicker date = new DatePicker();
        date.setId(prefix + "-birth-date");
        date.setAccessibleText(context.text("settings.baby.birthDate"));
        date.valueProperty().bindBidirectional(model.birthDateProperty());
        time = field(prefix + "-birth-time", context.text("settings.baby.birthTime"));
        time.setPromptText("08:30");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.birthTimeProperty());

        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId(prefix + "-sex");
        sex.setAccessibleText(context.text("settings.baby.sex"));
        sex.setPromptText(model.sexName(null));
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sex value) {
                return model.sexName(value);
            }

            @Override
            public Sex fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        sex.getItems().setAll(BabyFormModel.sexes());
        sex.setMinHeight(44);
        sex.valueProperty().bindBidirectional(model.sexProperty());

        TextField weeks = field(prefix + "-gestation-weeks", context.text("settings.baby.gestationWeeks"));
        weeks.setPrefColumnCount(3);
        weeks.setMinWidth(64);
        weeks.textProperty().bindBidirectional(model.gestationWeeksProperty());
        TextField days = field(prefix + "-gestation-days", context.text("settings.baby.gestationDays"));
        days.setPrefColumnCount(2);
        days.setMinWidth(56);
        days.textProperty().bindBidirectional(model.gestationDaysProperty());
        HBox gestation = new HBox(8, weeks, new Label("+"), days,
                Controls.text(prefix + "-gestation-unit", context.text("settings.baby.gestationUnit"), "hint"));
        gestation.setAlignment(Pos.CENTER_LEFT);

        // Date and time side by side where they fit, the time below the date where they do not.
        FlowPane when = new FlowPane(12, 10,
                labelled(prefix + "-birth-date", context.text("settings.baby.birthDate"), date,
                        model.errorProperty("birth")),
                labelled(prefix + "-birth-time", context.text("settings.baby.birthTime"), time,
                        model.errorProperty("time")));
        root.getChildren().addAll(
                labelled(prefix + "-name", context.text("settings.baby.name"), name, model.errorProperty("name")),
                when,
                Controls.labelled(context.text("settings.baby.sex"), sex),
                labelled(prefix + "-gestation", context.text("settings.baby.gestation"), gestation,
                        model.errorProperty("gestation")));
        root.getStyleClass().add("baby-form");
    }

    private static TextField field(String id, String accessibleText) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setMinHeight(44);
        return field;
    }

    private static VBox labelled(String id, String caption, Node field, ObservableStringValue error) {
        return Controls.labelled(caption, field, Controls.message(id + "-error", error, "field-error"));
    }

    /** The fields, to place in the page's card. */
    public VBox root() {
        return root;
    }

    /** The name field (focused first on the first run; Enter there saves). */
    public TextField name() {
        return name;
    }

    /** The time field (Enter there saves). */
    public TextField time() {
        return time;
    }
}
