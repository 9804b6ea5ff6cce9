package nestling.ui.today;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;

/**
 * The Today keys, for the current baby's dashboard: W wet, D dirty, M wet and dirty (one diaper),
 * B bottle, S start or stop sleep, F start or stop breastfeeding on the suggested side, L and R start
 * on the left or right breast (or switch to it during a feed), X switch side, P pause or resume the
 * breastfeed, Ctrl+Z undo. Letters only when no text field has the focus, so typing a name never
 * logs a diaper.
 */
final class QuickKeys {
    private QuickKeys() {
    }

    /** Handles {@code event} if it is one of the keys; returns whether it did. */
    static boolean handle(KeyEvent event, TodayViewModel model, Node focusOwner) {
        DashboardViewModel dashboard = model.main();
        if (dashboard == null || event.isAltDown() || event.isMetaDown()) {
            return false;
        }
        boolean typing = focusOwner instanceof TextInputControl;
        if (event.isShortcutDown()) {
            if (event.getCode() == KeyCode.Z && !typing && !event.isShiftDown()) {
                dashboard.undo();
                return true;
            }
            return false;
        }
        if (typing || event.isShiftDown()) {
            return false;
        }
        switch (event.getCode()) {
            case W -> dashboard.logWetDiaper();
            case D -> dashboard.logDirtyDiaper();
            case M -> dashboard.logWetAndDirtyDiaper();
            case B -> dashboard.logBottle();
            case S -> dashboard.toggleSleep();
            case F -> dashboard.toggleBreastfeeding();
            case L -> dashboard.breastOn(Side.LEFT);
            case R -> dashboard.breastOn(Side.RIGHT);
            case X -> dashboard.readings().timer(TimerKind.BREASTFEEDING).ifPresent(dashboard::switchSide);
            case P -> dashboard.readings().timer(TimerKind.BREASTFEEDING).ifPresent(t -> pauseOrResume(dashboard, t));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void pauseOrResume(DashboardViewModel dashboard, RunningTimer timer) {
        if (timer.state().paused()) {
            dashboard.resume(timer);
        } else {
            dashboard.pause(timer);
        }
    }
}
