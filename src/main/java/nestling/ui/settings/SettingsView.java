package nestling.ui.settings;

import java.util.function.IntConsumer;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.store.VaultSession;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The first settings: the auto-lock time and changing the passphrase. The rest arrives with later screens. */
public final class SettingsView {
    private final VBox root = new VBox(18);

    public SettingsView(UiContext context, VaultSession session, ObservableIntegerValue autoLockMinutes,
            IntConsumer changeAutoLock) {
        ChoiceBox<Integer> autoLock = new ChoiceBox<>();
        autoLock.setId("autolock-choice");
        autoLock.getItems().setAll(AutoLockSetting.CHOICES);
        autoLock.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : minutes == 0 ? context.text("settings.autoLock.never")
                        : context.formats().message("settings.autoLock.minutes", minutes);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        autoLock.setAccessibleText(context.text("settings.autoLock"));
        autoLockMinutes.subscribe(minutes -> autoLock.setValue(minutes.intValue()));
        autoLock.valueProperty().subscribe(minutes -> {
            if (minutes != null) {
                changeAutoLock.accept(minutes);
            }
        });

        Button change = Controls.button("change-passphrase-button", context.text("settings.changePassphrase"));
        change.setOnAction(e -> new ChangePassphraseDialog(context, new ChangePassphraseViewModel(context, session),
                root.getScene().getWindow()).show());
        HBox changeRow = new HBox(change);
        changeRow.setAlignment(Pos.CENTER_LEFT);

        VBox security = new VBox(12,
                Controls.text("settings-security", context.text("settings.security"), "subheading"),
                Controls.labelled(context.text("settings.autoLock"), autoLock,
                        Controls.text("settings-autolock-hint", context.text("settings.autoLock.hint"), "hint")),
                changeRow);
        security.getStyleClass().add("card");
        security.setMaxWidth(640);
        root.getChildren().addAll(Controls.text("settings-later", context.text("settings.later"), "hint"), security);
        root.setId("settings-screen");
    }

    public Parent root() {
        return root;
    }
}
