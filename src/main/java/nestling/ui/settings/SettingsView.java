package nestling.ui.settings;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.ui.common.Controls;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;

/** The first settings: auto-lock time, passphrase and theme. Babies, units and the rest arrive with later screens. */
public final class SettingsView {
    private final VBox root = new VBox(18);

    public SettingsView(UiContext context, SettingsModel model) {
        ChoiceBox<Integer> autoLock = choice("autolock-choice", context.text("settings.autoLock"),
                minutes -> minutes == 0 ? context.text("settings.autoLock.never")
                        : context.formats().message("settings.autoLock.minutes", minutes));
        autoLock.getItems().setAll(AutoLockSetting.CHOICES);
        model.autoLockMinutesProperty().subscribe(minutes -> autoLock.setValue(minutes.intValue()));
        autoLock.valueProperty().subscribe(minutes -> {
            if (minutes != null) {
                model.changeAutoLock(minutes);
            }
        });

        Button change = Controls.button("change-passphrase-button", context.text("settings.changePassphrase"));
        change.setOnAction(e -> new ChangePassphraseDialog(context, new ChangePassphraseViewModel(context, model.session()),
                root.getScene().getWindow()).show());
        HBox changeRow = new HBox(change);
        changeRow.setAlignment(Pos.CENTER_LEFT);
        VBox security = card(Controls.text("settings-security", context.text("settings.security"), "subheading"),
                Controls.labelled(context.text("settings.autoLock"), autoLock,
                        Controls.text("settings-autolock-hint", context.text("settings.autoLock.hint"), "hint")),
                changeRow);

        ChoiceBox<Theme> theme = choice("theme-choice", context.text("settings.theme"), t -> context.text(t.key()));
        theme.getItems().setAll(Theme.values());
        model.themeProperty().subscribe(theme::setValue);
        theme.valueProperty().subscribe(model::changeTheme);
        VBox look = card(Controls.text("settings-look", context.text("settings.look"), "subheading"),
                Controls.labelled(context.text("settings.theme"), theme,
                        Controls.text("settings-theme-hint", context.text("settings.theme.hint"), "hint")));

        root.getChildren().addAll(Controls.text("settings-later", context.text("settings.later"), "hint"), security, look);
        root.setId("settings-screen");
    }

    private static <T> ChoiceBox<T> choice(String id, String accessibleText, Function<T, String> names) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.setAccessibleText(accessibleText);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }

    private static VBox card(javafx.scene.Node... children) {
        VBox card = new VBox(12, children);
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        return card;
    }

    public Parent root() {
        return root;
    }
}
