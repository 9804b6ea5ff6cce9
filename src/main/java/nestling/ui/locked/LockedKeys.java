package nestling.ui.locked;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.InboxAction.Op;
import nestling.store.LockScreenState.LockedBaby;

/**
 * The Today keys on the lock screen (W, D, M, B, S, F, L, R, X, P, Ctrl+Z), for the chosen baby;
 * 1 to 9 choose the baby. Never while the focus is in the passphrase field: typing a passphrase
 * must not log a diaper.
 */
final class LockedKeys {
    private LockedKeys() {
    }

    static boolean handle(KeyEvent event, LockedLogViewModel model, Node focusOwner) {
        if (focusOwner instanceof TextInputControl || event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        if (event.isShortcutDown()) {
            if (event.getCode() == KeyCode.Z && !event.isShiftDown()) {
                model.undo();
                return true;
            }
            return false;
        }
        if (event.isShiftDown()) {
            return false;
        }
        if (event.getCode().isDigitKey() && event.getText() != null && !event.getText().isEmpty()
                && Character.isDigit(event.getText().charAt(0))) {
            model.select(Character.digit(event.getText().charAt(0), 10) - 1);
            return true;
        }
        LockedBaby baby = model.selectedBaby().orElse(null);
        if (baby == null) {
            return false;
        }
        switch (event.getCode()) {
            case W -> model.log(baby.id(), LockedStep.Quick.WET);
            case D -> model.log(baby.id(), LockedStep.Quick.DIRTY);
            case M -> model.log(baby.id(), LockedStep.Quick.WET_DIRTY);
            case B -> model.log(baby.id(), LockedStep.Quick.BOTTLE);
            case S -> model.toggleSleep(baby.id());
            case F -> model.toggleBreastfeeding(baby.id());
            case L -> model.breastOn(baby.id(), Side.LEFT);
            case R -> model.breastOn(baby.id(), Side.RIGHT);
            case X -> model.timer(baby, TimerKind.BREASTFEEDING).ifPresent(t -> model.change(baby.id(), t, Op.SWITCH_SIDE));
            case P -> model.timer(baby, TimerKind.BREASTFEEDING).ifPresent(t -> model.change(baby.id(), t,
                    t.state().paused() ? Op.RESUME : Op.PAUSE));
            default -> {
                return false;
            }
        }
        return true;
    }
}
