package nestling.ui.settings;

import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.VBox;
import nestling.domain.DayStart;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The "Days" card of Settings: the hour the family's day starts, and what it changes. */
final class DayStartCard {
    private final UiContext context;
    private final DayStartViewModel model;

    DayStartCard(UiContext context, DayStartViewModel model) {
        this.context = context;
        this.model = model;
    }

    VBox build() {
        ChoiceBox<DayStart> choice = SettingsControls.choice("day-start-choice", context.text("settings.dayStart"),
                start -> start.isMidnight() ? context.text("settings.dayStart.midnight") : start.text());
        choice.getItems().setAll(DayStartViewModel.CHOICES);
        model.dayStartProperty().subscribe(choice::setValue);
        choice.valueProperty().subscribe(model::change);
        return SettingsControls.card("settings-day-start", context.text("settings.days"),
                SettingsControls.labelled("day-start", context.text("settings.dayStart"), choice, model.errorProperty()),
                Controls.text("settings-day-start-hint", context.text("settings.dayStart.hint"), "hint"));
    }
}
