package nestling.ui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import nestling.ui.common.Controls;
import nestling.ui.common.Formats;

/**
 * The strip of one day, top to bottom: hour lines labelled with the clock's time (a day when the
 * clock changes has 23 or 25 of them, see {@link ClockChange}), the entries at their times, and
 * the current time as a line. Sleep, feeds and timed activities are blocks as long as they last;
 * the rest are marks whose top is at their time. What overlaps goes side by side in
 * {@link Lanes}, never lower down: a mark's place on the scale is its time. Block edges can be
 * dragged.
 *
 * <p>Targets are large for a tired thumb: every mark and drag handle answers over at least
 * {@link #TARGET} pixels of height although it looks slimmer. Three layers keep crowded items
 * reachable: the marks' enlarged areas lie under every item (so they only fill empty space), the
 * items themselves above them, and the handles on top, each reaching into its block by at most a
 * quarter of it and outward at most half-way to the next item beside it.
 */
final class DayStrip {
    static final double PX_PER_MINUTE = 0.6;
    static final double TOP = 10;
    static final double HOURS_X = 84;
    /** Room right of the items (and for the scroll bar's shadow). */
    static final double RIGHT = 8;
    /** The width the strip is drawn at until it knows its own. */
    static final double DEFAULT_WIDTH = 560;
    static final double MIN_BLOCK = 22;
    static final double MARK_HEIGHT = 22;
    /** Between two lanes side by side. */
    static final double GAP = 3;
    /** The least height a pointer target answers over, in pixels (what touch guidelines ask for). */
    static final double TARGET = 44;

    private final Pane pane = new Pane();
    private final TimelineViewModel model;
    private final EntryText text;
    private final Formats formats;
    private final Line nowLine = new Line();
    private final Text nowLabel = new Text();
    private final List<Region> itemNodes = new ArrayList<>();
    private final Map<UUID, Region> nodesById = new HashMap<>();
    private final List<Text> hourLabels = new ArrayList<>();
    private TimelineDay drawn;
    private double width = DEFAULT_WIDTH;

    DayStrip(TimelineViewModel model, EntryText text, Formats formats) {
        this.model = model;
        this.text = text;
        this.formats = formats;
        pane.setId("timeline-strip");
        pane.getStyleClass().add("timeline-strip");
        nowLine.setId("timeline-now");
        nowLine.getStyleClass().add("timeline-now");
        nowLabel.getStyleClass().add("timeline-now-label");
    }

    TimelineViewModel model() {
        return model;
    }

    Pane pane() {
        return pane;
    }

    List<Region> itemNodes() {
        return itemNodes;
    }

    /** The node drawn for {@code item}'s entry, or null. */
    Region node(TimelineItem item) {
        return item == null ? null : nodesById.get(item.entry().id());
    }

    static double y(double minute) {
        return TOP + minute * PX_PER_MINUTE;
    }

    static double minuteAt(double y) {
        return (y - TOP) / PX_PER_MINUTE;
    }

    /** The strip's whole height for {@code day}. */
    static double height(TimelineDay day) {
        return y(day.minutes()) + TOP;
    }

    void draw(TimelineDay day, TimelineItem selected, Consumer<TimelineItem> onSelect, double newWidth) {
        drawn = day;
        width = Math.max(HOURS_X + 120 + RIGHT, newWidth);
        pane.getChildren().clear();
        itemNodes.clear();
        nodesById.clear();
        hourLabels.clear();
        double height = height(day);
        pane.setMinSize(width, height);
        pane.setPrefSize(width, height);
        pane.setMaxSize(width, height);
        for (int hour = 0; hour * 60 <= day.minutes(); hour++) {
            double y = y(hour * 60);
            Line line = new Line(HOURS_X - 6, y, width - RIGHT, y);
            line.getStyleClass().add("timeline-hour");
            Text label = new Text(formats.time(day.start().plusSeconds(hour * 3600L)));
            label.getStyleClass().add("timeline-hour-label");
            label.setX(6);
            label.setY(y + 4);
            hourLabels.add(label);
            pane.getChildren().addAll(line, label);
        }
        ClockChange.on(day, model.zone(), formats, text.locale())
                .ifPresent(change -> change.drawOn(pane, day, width - RIGHT));
        List<Lanes.Place> places = Lanes.place(day.items().stream()
                .map(i -> new Lanes.Extent(visualTop(i), visualBottom(i), i.lane())).toList());
        double area = width - RIGHT - HOURS_X;
        List<Region> hits = new ArrayList<>();
        List<Region> handles = new ArrayList<>();
        for (int i = 0; i < day.items().size(); i++) {
            TimelineItem item = day.items().get(i);
            Lanes.Place place = places.get(i);
            double x = place.x(HOURS_X, area);
            double itemWidth = Math.max(8, place.width(area) - GAP);
            Region node = item.block() ? block(item, x, itemWidth, day.items(), places, handles, onSelect)
                    : mark(item, x, itemWidth);
            if (!item.block()) {
                hits.add(hitArea(node, item, onSelect));
            }
            node.getStyleClass().addAll("timeline-item", item.kindClass());
            node.setFocusTraversable(true);
            node.setAccessibleText(text.accessible(item.entry()));
            node.setOnMouseClicked(e -> {
                node.requestFocus();
                onSelect.accept(item);
            });
            node.setOnKeyPressed(e -> keyOn(item, e.getCode(), e.isShiftDown(), e.isAltDown(), onSelect, e::consume));
            itemNodes.add(node);
            nodesById.put(item.entry().id(), node);
        }
        select(selected);
        pane.getChildren().addAll(hits);
        pane.getChildren().addAll(itemNodes);
        pane.getChildren().addAll(handles);
        updateNow();
    }

    /** Draws {@code item} as the selected one (and no other); the nodes stay, so the focus does too. */
    void select(TimelineItem item) {
        for (Region node : itemNodes) {
            node.getStyleClass().remove("selected");
        }
        Region node = node(item);
        if (node != null) {
            node.getStyleClass().add("selected");
        }
    }

    /**
     * Moves the current-time line (the minute tick calls this alone, so nothing is rebuilt). Its
     * time stands in the hour column, where it hides the hour label it would cover.
     */
    void updateNow() {
        double now = drawn == null ? -1 : model.nowMinute();
        for (Text label : hourLabels) {
            label.setVisible(now < 0 || Math.abs(label.getY() - 4 - y(now)) >= 14);
        }
        if (now < 0) {
            pane.getChildren().removeAll(nowLine, nowLabel);
            return;
        }
        if (!pane.getChildren().contains(nowLine)) {
            pane.getChildren().addAll(nowLine, nowLabel);
        }
        nowLine.setStartX(HOURS_X - 6);
        nowLine.setEndX(width - RIGHT);
        nowLine.setStartY(y(now));
        nowLine.setEndY(y(now));
        nowLabel.setText(formats.time(drawn.at(now)));
        nowLabel.setX(6);
        nowLabel.setY(y(now) + 4);
    }

    private void keyOn(TimelineItem item, KeyCode code, boolean shift, boolean alt, Consumer<TimelineItem> onSelect,
            Runnable consume) {
        if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            onSelect.accept(item);
            consume.run();
        } else if (item.block() && (code == KeyCode.UP || code == KeyCode.DOWN) && (shift || alt)) {
            int step = code == KeyCode.UP ? -5 : 5;
            model.nudgeEdge(item, alt ? TimelineViewModel.Edge.START : TimelineViewModel.Edge.END, step);
            consume.run();
        }
    }

    private Region block(TimelineItem item, double x, double itemWidth, List<TimelineItem> all,
            List<Lanes.Place> places, List<Region> handles, Consumer<TimelineItem> onSelect) {
        StackPane block = new StackPane();
        Label label = new Label(text.label(item.entry()));
        label.setMouseTransparent(true);
        // A block is as tall as its time and as wide as its lane: its label may shorten, and says
        // all in its tooltip (the details card beside the day shows it whole too).
        wholeInTooltip(label);
        block.getChildren().add(label);
        block.setAlignment(Pos.TOP_LEFT);
        block.getStyleClass().add("timeline-block");
        block.setId("timeline-block-" + item.entry().id());
        double top = visualTop(item);
        double height = blockHeight(item);
        block.setLayoutX(x);
        block.setLayoutY(top);
        block.setPrefSize(itemWidth, height);
        block.setMinSize(itemWidth, height);
        block.setMaxSize(itemWidth, height);
        double inward = Math.min(TARGET / 2, height / 4); // the middle half stays the block's own
        if (model.viewOnly()) {
            return block; // a copy: nothing to drag
        }
        if (!item.startsBefore()) {
            double room = room(item, all, places, TimelineViewModel.Edge.START);
            handles.add(EdgeHandle.of(this, block, item, TimelineViewModel.Edge.START, x, itemWidth, top, inward, room,
                    onSelect));
        }
        if (!item.endsAfter()) {
            double room = room(item, all, places, TimelineViewModel.Edge.END);
            handles.add(EdgeHandle.of(this, block, item, TimelineViewModel.Edge.END, x, itemWidth, top + height, inward,
                    room, onSelect));
        }
        return block;
    }

    /** A label that may shorten with "…" keeps its whole text as its tooltip. */
    private static void wholeInTooltip(Label label) {
        Controls.mayShorten(label);
        label.setMinWidth(0);
        Tooltip tip = new Tooltip(label.getText());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        label.setTooltip(tip);
    }

    /** From the pixel of its start to the pixel of its end (whole pixels: crisp edges, exact targets). */
    private static double blockHeight(TimelineItem item) {
        return Math.max(MIN_BLOCK, Math.round(y(item.endMinute())) - visualTop(item));
    }

    /** Where an item's drawing begins: at the pixel of its time, for a block and for a mark alike. */
    static double visualTop(TimelineItem item) {
        return Math.round(y(item.startMinute()));
    }

    static double visualBottom(TimelineItem item) {
        return visualTop(item) + (item.block() ? blockHeight(item) : MARK_HEIGHT);
    }

    /**
     * How far a handle may reach outward from {@code edge}: what it needs for a {@link #TARGET}
     * in all, but no further than half-way to the nearest other item above or below it (in a lane
     * that shares some of its width), so that item stays clickable right up to its own edge.
     */
    private static double room(TimelineItem item, List<TimelineItem> all, List<Lanes.Place> places,
            TimelineViewModel.Edge edge) {
        double wanted = TARGET;
        Lanes.Place own = places.get(all.indexOf(item));
        for (int i = 0; i < all.size(); i++) {
            TimelineItem other = all.get(i);
            if (other == item || !sideBySide(own, places.get(i))) {
                continue;
            }
            double gap = edge == TimelineViewModel.Edge.START ? visualTop(item) - visualBottom(other)
                    : visualTop(other) - visualBottom(item);
            if (gap >= 0) {
                wanted = Math.min(wanted, gap / 2);
            }
        }
        return wanted;
    }

    /** Whether two places share some width (as fractions of the strip, whatever their clusters). */
    private static boolean sideBySide(Lanes.Place a, Lanes.Place b) {
        double aLeft = (double) a.lane() / a.lanes();
        double aRight = (double) (a.lane() + a.span()) / a.lanes();
        double bLeft = (double) b.lane() / b.lanes();
        double bRight = (double) (b.lane() + b.span()) / b.lanes();
        return aLeft < bRight - 1e-9 && bLeft < aRight - 1e-9;
    }


    /**
     * A mark: a chip whose top is at its time, as wide as its text needs but no wider than its
     * lane (then shortened with "…", whole in its tooltip).
     */
    private Region mark(TimelineItem item, double x, double laneWidth) {
        Label mark = new Label(text.label(item.entry()));
        mark.getStyleClass().add("timeline-mark");
        mark.setId("timeline-mark-" + item.entry().id());
        wholeInTooltip(mark);
        mark.setMaxWidth(laneWidth);
        mark.setMinHeight(MARK_HEIGHT);
        mark.setPrefHeight(MARK_HEIGHT);
        mark.setMaxHeight(MARK_HEIGHT);
        mark.setLayoutX(x);
        mark.setLayoutY(visualTop(item));
        return mark;
    }

    /**
     * The mark's larger target: an invisible area at least {@link #TARGET} pixels square, centred
     * on the mark and following its size. It lies under every item, so where marks crowd, each
     * mark itself still takes its own clicks.
     */
    private static Region hitArea(Region mark, TimelineItem item, Consumer<TimelineItem> onSelect) {
        Region hit = new Region();
        hit.getStyleClass().add("timeline-hit");
        hit.setId("timeline-hit-" + item.entry().id());
        hit.setPickOnBounds(true);
        hit.setCursor(Cursor.HAND);
        Runnable follow = () -> {
            javafx.geometry.Bounds bounds = mark.getBoundsInParent();
            double width = Math.max(TARGET, bounds.getWidth());
            double height = Math.max(TARGET, bounds.getHeight());
            hit.resizeRelocate(bounds.getCenterX() - width / 2, bounds.getCenterY() - height / 2, width, height);
        };
        mark.boundsInParentProperty().addListener((o, was, now) -> follow.run());
        follow.run();
        hit.setManaged(false);
        hit.setOnMouseClicked(e -> {
            mark.requestFocus();
            onSelect.accept(item);
        });
        return hit;
    }
}
