package nestling.ui.timeline;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.ui.common.Theme;
import nestling.ui.common.UiContext;
import org.testfx.api.FxToolkit;

/** One baby's timeline on the primary stage, in a scroll pane as the shell shows it, for the tests of its drawing. */
record TimelineStage(TimelineViewModel model, Scene scene) {
    static TimelineStage show(UiContext context, Journal journal, Baby baby, double width, double height)
            throws Exception {
        AtomicReference<TimelineStage> shown = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            TimelineViewModel model = new TimelineViewModel(context, journal.entries(), () -> { });
            ScrollPane scroll = new ScrollPane(new TimelineView(context, model).root());
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, width, height);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            model.babyProperty().set(baby);
            shown.set(new TimelineStage(model, scene));
        });
        return shown.get();
    }
}
