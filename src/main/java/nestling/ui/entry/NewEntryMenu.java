package nestling.ui.entry;

import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import nestling.domain.EntryType;
import nestling.ui.common.Accelerators;
import nestling.ui.common.UiContext;
import nestling.ui.shell.ShellViewModel;

/**
 * "+ New entry": one item per entry type, each opening its form for the current baby. Ctrl+N opens
 * the menu while it is in the window (the arrows choose, Enter opens the form); Shift+B opens the
 * bottle form straight away, for a bottle with another amount than the last (B alone logs the last).
 */
public final class NewEntryMenu {
    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BOTTLE = new KeyCodeCombination(KeyCode.B, KeyCombination.SHIFT_DOWN);

    private NewEntryMenu() {
    }

    /** @param id the menu's node id; items get {@code id + "-" + type} */
    public static MenuButton create(UiContext context, ShellViewModel shell, String id, Supplier<Window> owner) {
        MenuButton add = new MenuButton(context.text("history.new"));
        add.setId(id);
        add.setAccessibleText(context.text("history.new"));
        add.getStyleClass().add("primary");
        for (EntryType entryType : EntryType.values()) {
            MenuItem item = new MenuItem(context.text("entry.type." + entryType.wireName()));
            item.setId(id + "-" + entryType.wireName());
            item.setOnAction(e -> EntryForms.open(shell, entryType, owner.get()));
            add.getItems().add(item);
        }
        Runnable open = () -> {
            if (add.isVisible() && !add.isDisabled()) {
                add.requestFocus();
                add.show();
            }
        };
        Runnable bottle = () -> {
            // Not while typing: Shift+B is a capital B in a name or a note.
            boolean typing = add.getScene() != null
                    && add.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
            if (add.isVisible() && !add.isDisabled() && !typing) {
                EntryForms.open(shell, EntryType.BOTTLE, owner.get());
            }
        };
        Accelerators.whileInScene(add, Map.of(KEYS, open, BOTTLE, bottle));
        return add;
    }
}
