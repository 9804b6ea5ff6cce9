package nestling.ui.common;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Labels that read the clock (issue 20): a tick that leaves the words as they were changes nothing,
 * so an idle screen is not laid out again four times a second; the label keeps following after a
 * garbage collection, though the clock holds its text's binding only weakly.
 */
class ControlsFollowTest {
    private static final Instant START = Instant.parse("2026-12-05T03:00:00Z");

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aTickWithTheSameWordsNeitherChangesTheTextNorAsksForALayout() {
        ObjectProperty<Instant> now = new SimpleObjectProperty<>(START);
        AtomicInteger changes = new AtomicInteger();
        boolean[] layoutAsked = onFx(() -> {
            // a message hides when empty: its visibility and place in the layout follow its text
            Label label = Controls.message("since", Bindings.createStringBinding(
                    () -> Duration.between(START, now.get()).toMinutes() + " min ago", now));
            VBox card = new VBox(label);
            new Scene(card, 300, 100);
            card.applyCss();
            card.layout();
            card.layout(); // the first pass measures the new label's text and asks for a second
            label.textProperty().addListener(observable -> changes.incrementAndGet());
            for (int tick = 1; tick <= 4; tick++) {
                now.set(START.plusMillis(250L * tick));
            }
            boolean idle = card.isNeedsLayout();
            // (with textProperty().bind(...) each tick reached the bound visible and managed
            // properties, and a managed child's invalidation asks its parent for a layout)
            now.set(START.plus(Duration.ofMinutes(2)));
            return new boolean[] {idle, card.isNeedsLayout()};
        });
        assertEquals(false, layoutAsked[0], "four ticks in the same minute: no layout");
        assertEquals(true, layoutAsked[1], "new words: laid out again");
        assertEquals(1, changes.get(), "one change, for the new words");
    }

    @Test
    void keepsFollowingAfterAGarbageCollection() throws Exception {
        ObjectProperty<Instant> now = new SimpleObjectProperty<>(START);
        Label label = onFx(() -> minutesAgo(now)); // the binding is held by nothing but the label
        assertEquals("0 min ago", onFx(label::getText));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        onFx(() -> {
            now.set(START.plus(Duration.ofMinutes(7)));
            return null;
        });
        assertEquals("7 min ago", onFx(label::getText));
    }

    private static Label minutesAgo(ObjectProperty<Instant> now) {
        Label label = new Label();
        Controls.follow(label, Bindings.createStringBinding(
                () -> Duration.between(START, now.get()).toMinutes() + " min ago", now));
        return label;
    }
}
