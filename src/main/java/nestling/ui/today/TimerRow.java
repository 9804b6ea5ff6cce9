package nestling.ui.today;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.ui.common.Controls;

/** One running timer: its name, a big ticking stopwatch, the sides of a breastfeed, and big buttons. */
final class TimerRow {
    private TimerRow() {
    }

    static HBox of(DashboardViewModel model, TodayTexts texts, RunningTimer timer, String idPrefix) {
        String id = idPrefix + "timer-" + timer.kind().name().toLowerCase(java.util.Locale.ROOT);
        String name = texts.timerName(timer);
        Label title = Controls.text(id + "-name", name, "timer-name");
        Label clock = Cards.bound(id + "-clock", Bindings.createStringBinding(() -> {
            String time = TodayTexts.stopwatch(model.readings().elapsed(timer));
            return timer.state().paused() ? time + " (" + texts.text("today.timer.paused") + ")" : time;
        }, model.nowProperty()), "big-number");
        clock.accessibleTextProperty().unbind();
        clock.accessibleTextProperty().bind(Bindings.concat(name, ": ", clock.textProperty()));
        Label sides = Cards.hidingWhenEmpty(id + "-sides", Bindings.createStringBinding(
                () -> texts.sides(timer, model.nowProperty().get()), model.nowProperty()), "hint");
        VBox left = new VBox(2, title, clock, sides);
        left.setMinWidth(0);

        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (timer.kind() == TimerKind.BREASTFEEDING) {
            Button switchSide = Controls.button(id + "-switch", texts.text("today.timer.switch"));
            switchSide.setOnAction(e -> model.switchSide(timer));
            buttons.getChildren().add(switchSide);
        }
        boolean paused = timer.state().paused();
        Button pause = Controls.button(id + "-pause", texts.text(paused ? "today.timer.resume" : "today.timer.pause"));
        pause.setOnAction(e -> {
            if (paused) {
                model.resume(timer);
            } else {
                model.pause(timer);
            }
        });
        Button stop = Controls.primaryButton(id + "-stop", texts.text("today.timer.stop"));
        stop.setAccessibleText(texts.message("today.timer.stopAccessible", name));
        stop.setOnAction(e -> model.stop(timer));
        buttons.getChildren().addAll(pause, stop);
        buttons.getChildren().forEach(b -> {
            b.disableProperty().bind(model.busyProperty());
            // Big targets keep their words; in a narrow (side-by-side) dashboard the texts on the left wrap.
            ((Button) b).setMinWidth(Region.USE_PREF_SIZE);
        });
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        if (model.viewOnly()) {
            buttons.getChildren().clear(); // a copy: the timer shows, nothing stops it
        }

        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox row = new HBox(12, left, push, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId(id);
        row.getStyleClass().add("timer-row");
        return row;
    }
}
