package nestling.ui.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.domain.Baby;
import nestling.ui.common.Accelerators;
import nestling.ui.common.Controls;
import nestling.ui.shell.ShellViewModel;

/**
 * The baby switcher of the top bar: a combo of the babies bound to the shell's current baby, the
 * baby's age (corrected when born early), and Ctrl+1 … Ctrl+9 to switch with one key.
 */
public final class BabySwitcher {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final HBox root = new HBox(10);
    private final ShellViewModel shell;

    public BabySwitcher(ShellViewModel shell) {
        this.shell = shell;
        var context = shell.context();
        ComboBox<Baby> combo = new ComboBox<>(shell.babies());
        combo.setId("baby-switcher");
        combo.setAccessibleText(context.text("today.switcher"));
        combo.setTooltip(new javafx.scene.control.Tooltip(context.text("today.switcher")));
        combo.setCellFactory(list -> new NameCell());
        combo.setButtonCell(new NameCell());
        // A long name ("Maximiliane-Charlotte Sophie") may shorten here, with the whole name in
        // the list and the tooltip; the age beside it may not.
        Controls.mayShorten(combo);
        combo.setMinWidth(120);
        shell.currentBabyProperty().subscribe(baby -> {
            if (combo.getValue() != baby) {
                combo.setValue(baby);
            }
        });
        combo.valueProperty().subscribe(baby -> {
            if (baby != null && baby != shell.currentBabyProperty().get()) {
                shell.currentBabyProperty().set(baby);
            }
        });
        // The age, and a preterm baby's correction on a line of its own below it: one line of both
        // ("3 Mon. 2 Wo. (korrigiert 1 Mon. 2 Wo.)") pushed "Lock" out of a 1024 px window in German.
        var parts = Bindings.createObjectBinding(() -> {
            Baby baby = shell.currentBabyProperty().get();
            return baby == null ? new BabyAge.Parts("", "")
                    : BabyAge.parts(baby, LocalDate.now(context.clock()), context.formats());
        }, shell.currentBabyProperty(), shell.revisionProperty());
        Label age = Controls.oneLine("baby-age", "", "baby-age");
        age.textProperty().bind(parts.map(BabyAge.Parts::age));
        Label correction = Controls.oneLine("baby-age-correction", "", "baby-age-correction");
        correction.textProperty().bind(parts.map(BabyAge.Parts::correction));
        correction.visibleProperty().bind(correction.textProperty().isNotEmpty());
        correction.managedProperty().bind(correction.visibleProperty());
        VBox ageLines = new VBox(age, correction);
        ageLines.setAlignment(Pos.CENTER_LEFT);
        ageLines.setFocusTraversable(false);
        ageLines.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        ageLines.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> (age.getText() + " " + correction.getText()).strip(), age.textProperty(), correction.textProperty()));
        root.getChildren().addAll(combo, ageLines);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("baby-switcher-bar");
        root.visibleProperty().bind(Bindings.isNotEmpty(shell.babies()));
        root.managedProperty().bind(root.visibleProperty());
        Map<KeyCombination, Runnable> keys = new HashMap<>();
        for (int i = 0; i < DIGITS.length; i++) {
            int index = i;
            keys.put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> select(index));
        }
        Accelerators.whileInScene(root, keys);
    }

    /** Makes the baby at {@code index} (0 = the first added) current, if there is one. */
    void select(int index) {
        if (index < shell.babies().size()) {
            shell.currentBabyProperty().set(shell.babies().get(index));
        }
    }

    public Node root() {
        return root;
    }

    private static final class NameCell extends ListCell<Baby> {
        @Override
        protected void updateItem(Baby baby, boolean empty) {
            super.updateItem(baby, empty);
            setText(empty || baby == null ? "" : baby.name());
            setAccessibleText(getText());
            Controls.wholeInTooltip(this);
        }
    }
}
