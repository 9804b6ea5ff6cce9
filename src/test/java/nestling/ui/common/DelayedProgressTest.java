package nestling.ui.common;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The unlock's spinner (issue 20): nothing spins while the work is quick, the words say enough;
 * work that goes on shows it after the delay, and it goes the moment the work ends.
 */
class DelayedProgressTest {
    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void showsOnlyWorkThatTakesAWhileAndHidesItAtOnce() throws Exception {
        BooleanProperty busy = new SimpleBooleanProperty(false);
        ProgressIndicator progress = onFx(() -> DelayedProgress.of(busy, "Unlocking"));
        assertEquals("Unlocking", progress.getAccessibleText());
        assertFalse(progress.isVisible());

        // quick work: over before the delay, never shown, not even once the delay has passed
        fx(() -> busy.set(true));
        fx(() -> busy.set(false));
        Thread.sleep((long) DelayedProgress.DELAY.toMillis() + 300);
        assertFalse(onFx(progress::isVisible), "quick work shows no spinner");

        // long work: hidden at first, shown after the delay, in the layout only while shown
        fx(() -> busy.set(true));
        assertFalse(onFx(progress::isVisible));
        assertFalse(onFx(progress::isManaged));
        waitUntil("the spinner shows", () -> onFx(progress::isVisible));
        assertTrue(onFx(progress::isManaged));
        fx(() -> busy.set(false));
        assertFalse(onFx(progress::isVisible), "gone when the work ends");
        assertFalse(onFx(progress::isManaged));
    }
}
