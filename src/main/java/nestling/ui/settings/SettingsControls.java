package nestling.ui.settings;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The settings screen's building blocks: cards, choices with names, fields with their message. */
final class SettingsControls {
    private SettingsControls() {
    }

    static <T> ChoiceBox<T> choice(String id, String accessibleText, Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.setAccessibleText(accessibleText);
        box.setConverter(converter(names));
        box.setMinHeight(44);
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static VBox card(String id, String heading, Node... children) {
        VBox card = new VBox(12, Controls.text(id + "-heading", heading, "subheading"));
        card.getChildren().addAll(children);
        card.setId(id);
        card.getStyleClass().add("card");
        card.setMaxWidth(720);
        return card;
    }

    static TextField field(String id, String accessibleText) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setMinHeight(44);
        return field;
    }

    /** A caption, the field, and its message (red, only while there is one). */
    static VBox labelled(String id, String caption, Node field, ObservableStringValue error) {
        Label message = Controls.message(id + "-error", error, "field-error");
        return Controls.labelled(caption, field, message);
    }

    /** The offered colours, each shown as a swatch with its name (never the colour alone). */
    static ComboBox<String> colours(String id, UiContext context, List<String> colours) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(context.text("settings.colour"));
        box.getItems().setAll(colours);
        box.setCellFactory(list -> new ColourCell(context, colours));
        box.setButtonCell(new ColourCell(context, colours));
        box.setMinWidth(150);
        box.setMinHeight(44);
        return box;
    }

    private static final class ColourCell extends ListCell<String> {
        private final UiContext context;
        private final List<String> colours;

        ColourCell(UiContext context, List<String> colours) {
            this.context = context;
            this.colours = colours;
        }

        @Override
        protected void updateItem(String colour, boolean empty) {
            super.updateItem(colour, empty);
            if (empty || colour == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int index = colours.indexOf(colour);
            setText(index < 0 ? colour : context.text("settings.colour." + (index + 1)));
            Rectangle swatch = new Rectangle(18, 18, Color.web(colour));
            swatch.setArcWidth(6);
            swatch.setArcHeight(6);
            setGraphic(swatch);
        }
    }
}
