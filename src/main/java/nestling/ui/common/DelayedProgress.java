package nestling.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * A spinner for work that is usually quick, shown only once it has taken a while. A spinning
 * indicator repaints every frame; with JavaFX's software pipeline (no GPU) that took 130 ms of
 * processor from an unlock's key derivation on two cores (issue 20), and an unlock usually ends
 * before a spinner would tell anyone anything. Until then the screen's own words ("Unlocking…")
 * say that something is happening.
 */
public final class DelayedProgress {
    /** How long the work may run before the spinner shows. */
    public static final Duration DELAY = Duration.millis(800);

    private DelayedProgress() {
    }

    /** A spinner that is visible (and takes its place) once {@code busy} has been true for {@link #DELAY}. */
    public static ProgressIndicator of(ObservableBooleanValue busy, String accessibleText) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setAccessibleText(accessibleText);
        BooleanProperty shown = new SimpleBooleanProperty(progress, "shown", false);
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(e -> shown.set(busy.get()));
        busy.subscribe(now -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                shown.set(false);
            }
        });
        progress.visibleProperty().bind(shown);
        progress.managedProperty().bind(shown);
        return progress;
    }
}
