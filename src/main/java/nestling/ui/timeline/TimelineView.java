package nestling.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import nestling.domain.Entry;
import nestling.ui.chart.ChartStyles;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The Timeline screen: previous / today / next (buttons, or Left and Right), the day's strip in a
 * pane of its own that scrolls, and beside it a details card for the selected entry with Undo. The
 * screen is as tall as the window shows, so the buttons and the card stay in view while the day
 * scrolls. Editing the whole entry is the entry forms' job: {@link #onEdit} is the hook they plug
 * into (until then the card shows the details only).
 *
 * <p>The keyboard stays in the timeline: Left and Right switch days, Up and Down move the
 * selection from item to item, and redrawing the day keeps the focus where it was.
 */
public final class TimelineView {
    /** The least height of the screen, should the window be very low (then the page scrolls). */
    private static final double MIN_HEIGHT = 360;
    /** Where in the visible part today opens: the current time in the middle (what came before and what is next). */
    private static final double NOW_AT = 0.5;

    private final VBox root = new VBox(12);
    private final TimelineViewModel model;
    private final EntryText text;
    private final DayStrip strip;
    private final ScrollPane stripScroll;
    private final VBox details = new VBox(8);
    private Consumer<Entry> onEdit;
    /** The date the strip last opened at its opening place; another date opens there again. */
    private java.time.LocalDate opened;
    /**
     * The time the strip keeps at a place in view ({@link #anchorAt}, 0 top … 1 bottom) while the
     * scroll pane is still finding its size or the window is resized, or NaN once the parent
     * scrolled, clicked or moved the selection.
     */
    private double anchorMinute = Double.NaN;
    private double anchorAt;
    /** The screen's height following the page's (see {@link #fitToViewport}); ends when the screen leaves. */
    private Subscription fitted = Subscription.EMPTY;

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
        today.setOnAction(e -> {
            opened = null; // back at now, even when today is already shown
            model.today();
        });
        Button next = Controls.button("timeline-next", context.text("timeline.next"));
        next.setOnAction(e -> model.nextDay());
        Button undo = Controls.button("timeline-undo", context.text("timeline.undo"));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setVisible(!model.viewOnly());
        undo.setManaged(!model.viewOnly());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale(context));
        Label date = Controls.text("timeline-date", "", "subheading");
        date.textProperty().bind(Bindings.createStringBinding(() -> dates.format(model.dateProperty().get()),
                model.dateProperty()));
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 8, previous, today, next, date, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.text("timeline-hint", context.text(model.viewOnly() ? "timeline.hint.view" : "timeline.hint"),
                "hint");
        Label message = Controls.message("timeline-message", model.messageProperty(), "field-error");
        Label empty = Controls.text("timeline-empty", context.text("timeline.empty"), "hint");

        stripScroll = new ScrollPane(strip.pane());
        stripScroll.setId("timeline-scroll");
        stripScroll.getStyleClass().add("timeline-scroll");
        stripScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        stripScroll.setPrefWidth(200); // takes what the card leaves, whatever the strip was drawn at
        stripScroll.setMinHeight(120);
        stripScroll.setAccessibleText(context.text("nav.timeline"));
        details.setId("timeline-details");
        details.getStyleClass().addAll("card", "timeline-details");
        details.setMaxHeight(Region.USE_PREF_SIZE);
        // the card beside the day, never below it: in a low window "below" is out of sight
        HBox body = new HBox(16, stripScroll, details);
        HBox.setHgrow(stripScroll, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(bar, hint, message, empty, body);
        for (Region fixed : List.of(bar, hint, message, empty)) {
            fixed.setMinHeight(Region.USE_PREF_SIZE); // only the day's pane gives way to a low window
        }

        model.dayProperty().subscribe(day -> redraw());
        model.selectedProperty().subscribe(item -> {
            strip.select(item);
            showDetails(item);
        });
        stripScroll.viewportBoundsProperty().subscribe((was, now) -> {
            if (Math.abs(was.getWidth() - now.getWidth()) > 0.5) {
                redraw();
            }
            keepAnchor();
        });
        // the scroll pane re-places its content when the content gets its height: keep the anchor then too
        strip.pane().heightProperty().subscribe(height -> keepAnchor());
        // what the parent scrolls (wheel, touch, scroll bar, Page Up/Down) stays where they put it
        stripScroll.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> anchorMinute = Double.NaN);
        stripScroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> anchorMinute = Double.NaN);
        stripScroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> anchorMinute = Double.NaN);
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
            switch (e.getCode()) {
                case LEFT -> model.previousDay();
                case RIGHT -> model.nextDay();
                case UP -> selectNext(-1);
                case DOWN -> selectNext(1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Timeline minute = new Timeline(new KeyFrame(Duration.seconds(30), e -> strip.updateNow()));
        minute.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().subscribe(scene -> {
            fitted.unsubscribe();
            if (scene == null) {
                minute.stop();
            } else {
                minute.play();
                fitted = fitToViewport();
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
            // Away from the nodes about to go, so the focus does not leave the screen meanwhile
            boolean focused = focusInStrip();
            if (focused) {
                stripScroll.requestFocus();
            }
            double width = stripScroll.getViewportBounds().getWidth();
            strip.draw(day, model.selectedProperty().get(), model::select,
                    width > 0 ? width : DayStrip.DEFAULT_WIDTH);
            Region selected = strip.node(model.selectedProperty().get());
            if (focused && selected != null) {
                selected.requestFocus();
            }
            if (!day.date().equals(opened)) {
                opened = day.date();
                double opening = model.openingMinute();
                if (model.nowMinute() >= 0) {
                    scrollTo(opening, NOW_AT);
                } else { // the hour line (and label) above the first entry at the top, as far from it as the day's start
                    scrollTo(Math.floor(opening / 60) * 60 - DayStrip.TOP / DayStrip.PX_PER_MINUTE, 0);
                }
            }
        }
        showDetails(model.selectedProperty().get());
    }

    private boolean focusInStrip() {
        javafx.scene.Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
            if (n == stripScroll) {
                return true;
            }
        }
        return false;
    }

    /** Up / Down: the next or previous item becomes the selected one, with the focus, in view. */
    private void selectNext(int step) {
        model.selectNext(step);
        Region node = strip.node(model.selectedProperty().get());
        if (node != null) {
            node.requestFocus();
            bringIntoView(node.getLayoutY(), node.getLayoutY() + node.prefHeight(-1));
        }
    }

    /**
     * Scrolls the strip so that {@code minute} is at {@code at} (0 top … 1 bottom) of the part in
     * view, and keeps it there while the scroll pane changes size until the parent scrolls.
     */
    private void scrollTo(double minute, double at) {
        anchorMinute = minute;
        anchorAt = at;
        double view = stripScroll.getViewportBounds().getHeight();
        if (view > 0) {
            setTop(DayStrip.y(minute) - at * view, view, strip.pane().getPrefHeight());
        }
    }

    /** Scrolls as little as needed for the strip's part from {@code top} to {@code bottom} to be in view. */
    private void bringIntoView(double top, double bottom) {
        anchorMinute = Double.NaN;
        double view = stripScroll.getViewportBounds().getHeight();
        double content = strip.pane().getPrefHeight();
        if (view <= 0 || content <= view) {
            return;
        }
        double shown = stripScroll.getVvalue() * (content - view);
        double margin = DayStrip.TARGET / 2;
        if (top - margin < shown) {
            setTop(top - margin, view, content);
        } else if (bottom + margin > shown + view) {
            setTop(bottom + margin - view, view, content);
        }
    }

    private void keepAnchor() {
        if (!Double.isNaN(anchorMinute)) {
            scrollTo(anchorMinute, anchorAt);
        }
    }

    private void setTop(double top, double view, double content) {
        stripScroll.setVvalue(content <= view ? 0 : Math.clamp(top / (content - view), 0, 1));
    }

    /**
     * Makes the screen as tall as the scroll pane around it shows (the shell's page), so the strip
     * scrolls inside and the buttons and the details card stay in view. Without a scroll pane
     * around it, the screen is sized by its parent anyway.
     */
    private Subscription fitToViewport() {
        ScrollPane page = null;
        for (javafx.scene.Parent p = root.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                page = pane;
                break;
            }
        }
        if (page == null) {
            return Subscription.EMPTY;
        }
        ScrollPane around = page;
        List<Region> between = new ArrayList<>();
        for (javafx.scene.Parent p = root.getParent(); p != null && p != around; p = p.getParent()) {
            if (p instanceof Region region) {
                between.add(region);
            }
        }
        Runnable fit = () -> {
            double insets = between.stream().mapToDouble(r -> r.snappedTopInset() + r.snappedBottomInset()).sum();
            double height = Math.floor(around.getViewportBounds().getHeight() - insets);
            root.setPrefHeight(Math.max(MIN_HEIGHT, height));
        };
        // the page's padding comes with its style sheet, possibly after the first size
        Subscription all = around.viewportBoundsProperty().subscribe(bounds -> fit.run());
        for (Region region : between) {
            all = all.and(region.insetsProperty().subscribe(insets -> fit.run()));
        }
        return all;
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
        if (item.block() && !model.viewOnly()) {
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
