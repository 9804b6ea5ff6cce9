package nestling.ui.entry;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.FeverRule;
import nestling.domain.UnitFormat;
import nestling.domain.UnitSystem;
import nestling.ui.common.Alerts;
import nestling.ui.shell.ShellViewModel;

/**
 * Right after a temperature is saved: when it is a fever in a baby under 3 months
 * ({@link FeverRule}), a message says "call your doctor now" (Today keeps a card while the reading is
 * the latest). Not modal and no other advice: the parent decides what to do.
 */
final class FeverNotice {
    private FeverNotice() {
    }

    static void afterSave(ShellViewModel shell, Entry entry, UnitSystem units, Window owner) {
        Optional<Baby> baby = shell.babies().stream().filter(b -> b.meta().id().equals(entry.babyId())).findFirst();
        if (baby.isEmpty() || !FeverRule.callDoctorNow(baby.get(), entry.start(), shell.context().clock().getZone(),
                entry.data())) {
            return;
        }
        var context = shell.context();
        String reading = UnitFormat.temperature(((EntryData.Temperature) entry.data()).deciCelsius(), units);
        Alert alert = new Alert(Alert.AlertType.WARNING, context.formats().message("today.fever.alert",
                baby.get().name(), reading, context.formats().time(entry.start())), ButtonType.OK);
        alert.setTitle(context.text("today.fever.alertTitle"));
        alert.setHeaderText(context.text("today.fever.alertTitle"));
        DialogPane pane = alert.getDialogPane();
        pane.setId("fever-alert");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(480);
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        Alerts.wholeButtons(pane);
        alert.show();
    }
}
