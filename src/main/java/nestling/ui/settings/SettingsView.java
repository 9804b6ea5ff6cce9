package nestling.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.domain.UnitSystem;
import nestling.ui.common.Controls;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;

/**
 * Settings: babies, caregivers, units and language, when the day starts, the family's own activities, reminders, then security
 * (auto-lock, passphrase) and appearance (theme).
 */
public final class SettingsView {
    private final VBox root = new VBox(18);
    private final UiContext context;
    private final SettingsModel model;

    public SettingsView(UiContext context, SettingsModel model) {
        this.context = context;
        this.model = model;
        BabiesViewModel babies = new BabiesViewModel(context, model.journal(), model::familyChanged,
                model.session().vault().readOnly(), model.session()::flush);
        CaregiversViewModel caregivers = new CaregiversViewModel(context, model.journal(), model::familyChanged);
        ActivityTypesViewModel activities = new ActivityTypesViewModel(context, model.journal(), model::familyChanged);
        UnitsViewModel units = new UnitsViewModel(context, model.journal(), model::familyChanged);
        DayStartViewModel dayStart = new DayStartViewModel(context, model.journal(), model::familyChanged);
        root.getChildren().addAll(new BabiesCard(context, babies).build(), new CaregiversCard(context, caregivers).build(),
                unitsAndLanguage(units), new DayStartCard(context, dayStart).build(),
                new ActivityTypesCard(context, activities).build(),
                new RemindersCard(context, new RemindersViewModel(context, model.session().database(),
                        model::familyChanged)).build(), security(), look());
        root.setId("settings-screen");
    }

    private VBox unitsAndLanguage(UnitsViewModel units) {
        ChoiceBox<UnitSystem> unitChoice = SettingsControls.choice("units-choice", context.text("settings.units"),
                u -> context.text("settings.units." + u.name().toLowerCase(java.util.Locale.ROOT)));
        unitChoice.getItems().setAll(UnitSystem.values());
        units.unitsProperty().subscribe(unitChoice::setValue);
        unitChoice.valueProperty().subscribe(units::change);

        ChoiceBox<Language> language = SettingsControls.choice("language-choice", context.text("settings.language"),
                l -> context.text(l.key()));
        language.getItems().setAll(Language.values());
        model.languageProperty().subscribe(language::setValue);
        language.valueProperty().subscribe(model::changeLanguage);
        HBox row = new HBox(24, Controls.labelled(context.text("settings.units"), unitChoice,
                Controls.message("units-error", units.errorProperty(), "field-error")),
                Controls.labelled(context.text("settings.language"), language));
        return SettingsControls.card("settings-units", context.text("settings.unitsAndLanguage"), row,
                Controls.text("settings-language-hint", context.text("settings.language.hint"), "hint"));
    }

    private VBox security() {
        ChoiceBox<Integer> autoLock = SettingsControls.choice("autolock-choice", context.text("settings.autoLock"),
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
        return SettingsControls.card("settings-security", context.text("settings.security"),
                Controls.labelled(context.text("settings.autoLock"), autoLock,
                        Controls.text("settings-autolock-hint", context.text("settings.autoLock.hint"), "hint")),
                lockScreen(), changeRow);
    }

    private VBox lockScreen() {
        LockScreenViewModel lockScreen = new LockScreenViewModel(context, model.session());
        CheckBox box = new CheckBox(context.text("settings.lockScreen.on"));
        box.setId("lock-screen-check");
        box.setSelected(lockScreen.onProperty().get());
        lockScreen.onProperty().subscribe(box::setSelected);
        box.disableProperty().bind(lockScreen.loadedProperty().not());
        box.setOnAction(e -> lockScreen.change(box.isSelected()));
        return Controls.labelled(context.text("settings.lockScreen"), box,
                Controls.text("settings-lock-screen-hint", context.text("settings.lockScreen.hint"), "hint"),
                Controls.message("lock-screen-error", lockScreen.errorProperty(), "field-error"));
    }

    private VBox look() {
        ChoiceBox<Theme> theme = SettingsControls.choice("theme-choice", context.text("settings.theme"), t -> context.text(t.key()));
        theme.getItems().setAll(Theme.values());
        model.themeProperty().subscribe(theme::setValue);
        theme.valueProperty().subscribe(model::changeTheme);
        return SettingsControls.card("settings-look", context.text("settings.look"),
                Controls.labelled(context.text("settings.theme"), theme,
                        Controls.text("settings-theme-hint", context.text("settings.theme.hint"), "hint")));
    }

    public Parent root() {
        return root;
    }
}
