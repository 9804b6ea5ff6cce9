package nestling.ui.today;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.UnitFormat;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The warning at the top of a baby's dashboard while its latest temperature (of the last day) is a
 * fever in a baby under 3 months ({@link nestling.domain.FeverRule}): "Fever in a baby under 3 months:
 * call your doctor now" and the reading. It says nothing more: no advice beyond the common rule.
 */
final class FeverCard {
    private FeverCard() {
    }

    static VBox of(DashboardViewModel model, TodayTexts texts, UiContext context, String id) {
        Label warning = Controls.text(id + "fever-text", texts.text("today.fever.warning"), "fever-text");
        Label reading = Cards.bound(id + "fever-reading", Bindings.createStringBinding(() -> model.readings().fever()
                .map(entry -> reading(entry, model, texts, context)).orElse(""), model.dataProperty()), "value");
        VBox card = new VBox(4, warning, reading);
        card.setId(id + "fever-card");
        card.getStyleClass().addAll("fever-card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.setAccessibleText(texts.text("today.fever.warning"));
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.readings().fever().isPresent(), model.dataProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    /** "39.2 °C at 2:30 AM". */
    private static String reading(Entry entry, DashboardViewModel model, TodayTexts texts, UiContext context) {
        int deciCelsius = ((EntryData.Temperature) entry.data()).deciCelsius();
        return texts.message("today.fever.reading", UnitFormat.temperature(deciCelsius, model.dataProperty().get().units()),
                context.formats().time(entry.start()));
    }
}
