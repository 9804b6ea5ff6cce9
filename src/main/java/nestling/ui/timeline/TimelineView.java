package nestling.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import nestling.domain.Entry;
import nestling.ui.chart.ChartStyles;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The Timeline screen: previous / today / next (buttons, or Left and Right), the day's strip, and a
 * details panel for the selected entry with Undo. Editing the whole entry is the entry forms' job:
 * {@link #onEdit} is the hook they plug into (until then the panel shows the details only).
 */
public final class TimelineView {
    private final VBox root = new VBox(12);
    private final TimelineViewModel model;
    private final EntryText text;
    private final DayStrip strip;
    private final VBox details = new VBox(8);
    private Consumer<Entry> onEdit;

    public TimelineView(UiContext context, TimelineViewModel model) {
        this.model = model;
        this.text = new EntryText(context);
        this.strip = new DayStrip(model, text, context.formats());
        root.setId("timeline");
        root.getStyleClass().add("charts");
        ChartStyles.install(root);

        Button previous = Controls.button("timeline-previous", context.text("timeline.previous"));
        previous.setOnAction(e -> model.previousDay());
        Button today = Controls.button("timeline-today", context.text("timeline.today"));
        today.setOnAction(e -> model.today());
        Button next = Controls.button("timeline-next", context.text("timeline.next"));
        next.setOnAction(e -> model.nextDay());
        Button undo = Controls.button("timeline-undo", context.text("timeline.undo"));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale(context));
        Label date = Controls.text("timeline-date", "", "subheading");
        date.textProperty().bind(Bindings.createStringBinding(() -> dates.format(model.dateProperty().get()),
                model.dateProperty()));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 8, previous, today, next, date, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.text("timeline-hint", context.text("timeline.hint"), "hint");
        Label message = Controls.message("timeline-message", model.messageProperty(), "field-error");
        Label empty = Controls.text("timeline-empty", context.text("timeline.empty"), "hint");

        details.setId("timeline-details");
        details.getStyleClass().addAll("card", "timeline-details");
        // side by side in a wide window; the details go below the strip in a narrow one
        javafx.scene.layout.FlowPane body = new javafx.scene.layout.FlowPane(16, 16, strip.pane(), details);
        body.setPrefWrapLength(DayStrip.HOURS_X + 3 * (DayStrip.LANE_WIDTH + 10) + 60 + 16 + 300);
        root.getChildren().addAll(bar, hint, message, empty, body);

        model.dayProperty().subscribe(day -> redraw());
        model.selectedProperty().subscribe(item -> redraw());
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.dayProperty().get() != null
                && model.dayProperty().get().items().isEmpty(), model.dayProperty()));
        empty.managedProperty().bind(empty.visibleProperty());
        javafx.scene.input.KeyCombination undoKey = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undoKey.match(e)) {
                model.undo();
                e.consume();
                return;
            }
            if (e.isShiftDown() || e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT) {
                model.previousDay();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                model.nextDay();
                e.consume();
            }
        });
        Timeline minute = new Timeline(new KeyFrame(Duration.seconds(30), e -> redraw()));
        minute.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                minute.stop();
            } else {
                minute.play();
                // keyboard-first: Left / Right work at once, not only after a click into the screen
                javafx.application.Platform.runLater(today::requestFocus);
            }
        });
    }

    /** Follows the shell's current baby and reloads when another screen changed data; stops when the screen leaves. */
    public TimelineView follow(javafx.beans.value.ObservableValue<nestling.domain.Baby> baby,
            javafx.beans.value.ObservableValue<Number> revision) {
        Subscription both = baby.subscribe(model.babyProperty()::set).and(revision.subscribe(r -> model.reload()));
        root.sceneProperty().subscribe((was, scene) -> {
            if (was != null && scene == null) {
                both.unsubscribe();
            }
        });
        return this;
    }

    /** Where "Edit" goes: the entry forms plug in here. */
    public void onEdit(Consumer<Entry> editor) {
        this.onEdit = editor;
        redraw();
    }

    private void redraw() {
        TimelineDay day = model.dayProperty().get();
        if (day != null) {
            strip.draw(day, model.selectedProperty().get(), model::select);
        }
        showDetails(model.selectedProperty().get());
    }

    private void showDetails(TimelineItem item) {
        details.getChildren().clear();
        if (item == null) {
            details.getChildren().add(Controls.text("timeline-details-none", text.none(), "hint"));
            return;
        }
        Entry entry = item.entry();
        Label kind = Controls.text("timeline-details-kind", text.label(entry), "subheading");
        Label times = Controls.text("timeline-details-times", text.times(entry), "value");
        details.getChildren().addAll(kind, times);
        if (onEdit != null) {
            Button edit = Controls.primaryButton("timeline-edit", text.edit());
            edit.setOnAction(e -> onEdit.accept(entry));
            details.getChildren().add(edit);
        }
        if (item.block()) {
            details.getChildren().add(Controls.text("timeline-details-drag", text.dragHint(), "hint"));
        }
    }

    private static java.util.Locale locale(UiContext context) {
        java.util.Locale locale = context.bundle().getLocale();
        return locale == null || locale.getLanguage().isEmpty()
                ? java.util.Locale.getDefault(java.util.Locale.Category.FORMAT) : locale;
    }

    public Parent root() {
        return root;
    }
}
