package nestling.ui.common;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** One radio button per value of an enum, bound both ways to a property: "how to protect this file". */
public final class RadioChoices {
    private RadioChoices() {
    }

    /**
     * @param idPrefix  each button's id is this plus the value's name in lower case with dashes
     * @param keyPrefix each button's text is the bundle's text for this plus the value's name
     */
    public static <E extends Enum<E>> VBox of(UiContext context, String idPrefix, String keyPrefix, E[] values,
            ObjectProperty<E> property) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(0);
        for (E value : values) {
            RadioButton radio = new RadioButton(context.text(keyPrefix + value.name()));
            radio.setId(idPrefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            radio.setAccessibleText(radio.getText());
            radio.setWrapText(true);
            radio.setUserData(value);
            radio.setToggleGroup(group);
            radio.setMinHeight(44);
            choices.getChildren().add(radio);
        }
        property.subscribe(p -> group.getToggles().stream().filter(t -> t.getUserData() == p)
                .findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().subscribe(t -> {
            if (t != null) {
                @SuppressWarnings("unchecked")
                E chosen = (E) t.getUserData();
                property.set(chosen);
            }
        });
        return choices;
    }
}
