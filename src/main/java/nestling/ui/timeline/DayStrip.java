package nestling.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import nestling.ui.common.Formats;

/**
 * The 24-hour strip of one day, top to bottom: hour lines labelled in local time (so a DST day
 * shows its skipped or repeated hour), sleep blocks in the first lane, feeds in the second, marks
 * for everything else in the third, and the current time as a line. Block edges can be dragged.
 *
 * <p>Targets are large for a tired thumb: every mark and drag handle answers over at least
 * {@link #TARGET} pixels of height although it looks slimmer. Three layers keep crowded items
 * reachable: the marks' enlarged areas lie under every item (so they only fill empty space), the
 * items themselves above them, and the handles on top, each reaching into its block by at most a
 * quarter of it and outward at most half-way to the next item in its lane.
 */
final class DayStrip {
    static final double PX_PER_MINUTE = 0.6;
    static final double TOP = 10;
    static final double HOURS_X = 84;
    static final double LANE_WIDTH = 140;
    static final double MIN_BLOCK = 22;
    /** The least height a pointer target answers over, in pixels (what touch guidelines ask for). */
    static final double TARGET = 44;
    private static final double MARK_HEIGHT = 22;
    private static final double GRIP = 10;
    /** A press on a handle that moves less than this is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    private final Pane pane = new Pane();
    private final TimelineViewModel model;
    private final EntryText text;
    private final Formats formats;
    private final Line nowLine = new Line();
    private final Text nowLabel = new Text();
    private final List<Region> itemNodes = new ArrayList<>();

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

    Pane pane() {
        return pane;
    }

    List<Region> itemNodes() {
        return itemNodes;
    }

    static double y(double minute) {
        return TOP + minute * PX_PER_MINUTE;
    }

    static double minuteAt(double y) {
        return (y - TOP) / PX_PER_MINUTE;
    }

    void draw(TimelineDay day, TimelineItem selected, Consumer<TimelineItem> onSelect) {
        pane.getChildren().clear();
        itemNodes.clear();
        double width = HOURS_X + 3 * (LANE_WIDTH + 10) + 60;
        double height = y(day.minutes()) + TOP;
        pane.setMinSize(width, height);
        pane.setPrefSize(width, height);
        for (int hour = 0; hour * 60 <= day.minutes(); hour++) {
            double y = y(hour * 60);
            Line line = new Line(HOURS_X - 6, y, width - 8, y);
            line.getStyleClass().add("timeline-hour");
            Text label = new Text(formats.time(day.start().plusSeconds(hour * 3600L)));
            label.getStyleClass().add("timeline-hour-label");
            label.setX(6);
            label.setY(y + 4);
            pane.getChildren().addAll(line, label);
        }
        double[] lastMarkY = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int[] shift = new int[3];
        List<Region> hits = new ArrayList<>();
        List<Region> handles = new ArrayList<>();
        for (TimelineItem item : day.items()) {
            Region node = item.block() ? block(item, day.items(), handles, onSelect) : mark(item);
            if (!item.block()) {
                double y = y(item.startMinute());
                int lane = item.lane();
                shift[lane] = y < lastMarkY[lane] + 26 ? shift[lane] + 1 : 0;
                lastMarkY[lane] = y;
                node.setLayoutX(laneX(lane) + (shift[lane] % 3) * 40);
                node.setLayoutY(y - MARK_HEIGHT / 2);
                hits.add(hitArea(node, item, onSelect));
            }
            node.getStyleClass().addAll("timeline-item", item.kindClass());
            if (selected != null && selected.entry().id().equals(item.entry().id())) {
                node.getStyleClass().add("selected");
            }
            node.setFocusTraversable(true);
            node.setAccessibleText(text.accessible(item.entry()));
            node.setOnMouseClicked(e -> {
                node.requestFocus();
                onSelect.accept(item);
            });
            node.setOnKeyPressed(e -> keyOn(item, e.getCode(), e.isShiftDown(), e.isAltDown(), onSelect, e::consume));
            itemNodes.add(node);
        }
        pane.getChildren().addAll(hits);
        pane.getChildren().addAll(itemNodes);
        pane.getChildren().addAll(handles);
        double now = model.nowMinute();
        if (now >= 0) {
            nowLine.setStartX(HOURS_X - 6);
            nowLine.setEndX(width - 8);
            nowLine.setStartY(y(now));
            nowLine.setEndY(y(now));
            nowLabel.setText(formats.time(day.at(now)));
            nowLabel.setX(width - 70);
            nowLabel.setY(y(now) - 4);
            pane.getChildren().addAll(nowLine, nowLabel);
        }
        unstackMarks(day);
    }

    /**
     * Moves each mark that would overlap what is above it in its lane (a mark or a short block)
     * down to just below it: a few pixels off in time, but every label readable (their details
     * show the exact time). A long mark ends inside the strip, cut with "…".
     */
    private void unstackMarks(TimelineDay day) {
        double[] laneBottom = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < itemNodes.size(); i++) {
            TimelineItem item = day.items().get(i);
            Region node = itemNodes.get(i);
            int lane = item.lane();
            if (item.block()) {
                laneBottom[lane] = Math.max(laneBottom[lane], node.getLayoutY() + node.getPrefHeight());
            } else {
                double top = Math.max(y(item.startMinute()) - MIN_BLOCK / 2, laneBottom[lane] + 2);
                node.setMaxWidth(LANE_WIDTH + 56);
                node.setLayoutX(laneX(lane));
                node.setLayoutY(top);
                laneBottom[lane] = top + MIN_BLOCK;
            }
        }
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

    static double laneX(int lane) {
        return HOURS_X + lane * (LANE_WIDTH + 10);
    }

    private Region block(TimelineItem item, List<TimelineItem> all, List<Region> handles,
            Consumer<TimelineItem> onSelect) {
        StackPane block = new StackPane();
        Label label = new Label(text.label(item.entry()));
        label.setMouseTransparent(true);
        // A block is as tall as its time and one lane wide: its label may shorten; the details
        // card beside the day shows it whole.
        nestling.ui.common.Controls.mayShorten(label);
        block.getChildren().add(label);
        block.setAlignment(Pos.TOP_LEFT);
        block.getStyleClass().add("timeline-block");
        block.setId("timeline-block-" + item.entry().id());
        double top = y(item.startMinute());
        double height = blockHeight(item);
        block.setLayoutX(laneX(item.lane()));
        block.setLayoutY(top);
        block.setPrefSize(LANE_WIDTH, height);
        block.setMinSize(LANE_WIDTH, height);
        block.setMaxSize(LANE_WIDTH, height);
        double inward = Math.min(TARGET / 2, height / 4); // the middle half stays the block's own
        if (!item.startsBefore()) {
            double room = room(item, all, TimelineViewModel.Edge.START);
            handles.add(handle(block, item, TimelineViewModel.Edge.START, top, inward, room, onSelect));
        }
        if (!item.endsAfter()) {
            double room = room(item, all, TimelineViewModel.Edge.END);
            handles.add(handle(block, item, TimelineViewModel.Edge.END, top + height, inward, room, onSelect));
        }
        return block;
    }

    private static double blockHeight(TimelineItem item) {
        return Math.max(MIN_BLOCK, (item.endMinute() - item.startMinute()) * PX_PER_MINUTE);
    }

    private static double visualTop(TimelineItem item) {
        return item.block() ? y(item.startMinute()) : y(item.startMinute()) - MARK_HEIGHT / 2;
    }

    private static double visualBottom(TimelineItem item) {
        return item.block() ? y(item.startMinute()) + blockHeight(item) : y(item.startMinute()) + MARK_HEIGHT / 2;
    }

    /**
     * How far a handle may reach outward from {@code edge}: what it needs for a {@link #TARGET}
     * in all, but no further than half-way to the nearest other item in the lane, so that item
     * stays clickable right up to its own edge.
     */
    private static double room(TimelineItem item, List<TimelineItem> all, TimelineViewModel.Edge edge) {
        double wanted = TARGET;
        for (TimelineItem other : all) {
            if (other == item || other.lane() != item.lane()) {
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

    /**
     * A drag handle on one edge of a block: a slim grip drawn on the edge inside an area of
     * {@link #TARGET} pixels (fewer outward only when another item is close). Dragging moves the
     * edge by as much as the pointer moved (wherever in the area it was pressed) and saves on
     * release; a press that does not move is a click on the block.
     */
    private Region handle(StackPane block, TimelineItem item, TimelineViewModel.Edge edge, double edgeY, double inward,
            double room, Consumer<TimelineItem> onSelect) {
        boolean start = edge == TimelineViewModel.Edge.START;
        double outward = Math.max(0, Math.min(room, TARGET - inward));
        Pane handle = new Pane();
        handle.getStyleClass().add("timeline-handle");
        handle.setId("timeline-handle-" + edge.name().toLowerCase(java.util.Locale.ROOT) + "-" + item.entry().id());
        handle.setPickOnBounds(true); // transparent, but the whole area answers
        handle.setCursor(Cursor.V_RESIZE);
        double height = inward + outward;
        handle.setLayoutX(laneX(item.lane()));
        handle.setLayoutY(start ? edgeY - outward : edgeY - inward);
        handle.resize(LANE_WIDTH, height);
        handle.setMinSize(LANE_WIDTH, height);
        handle.setPrefSize(LANE_WIDTH, height);
        handle.setMaxSize(LANE_WIDTH, height);
        Region grip = new Region();
        grip.getStyleClass().add("timeline-handle-grip");
        grip.setMouseTransparent(true);
        grip.setManaged(false);
        double gripHeight = Math.min(GRIP, inward);
        grip.resizeRelocate(0, start ? outward : inward - gripHeight, LANE_WIDTH, gripHeight);
        handle.getChildren().add(grip);
        double[] origin = new double[3]; // the block's top and height, and the pointer's y, at the press
        boolean[] dragged = new boolean[1];
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            origin[0] = block.getLayoutY();
            origin[1] = block.getPrefHeight();
            origin[2] = pane.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            dragged[0] = false;
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double moved = pane.sceneToLocal(e.getSceneX(), e.getSceneY()).getY() - origin[2];
            dragged[0] |= Math.abs(moved) >= DRAG_SLOP;
            if (dragged[0] && start) {
                double bottom = origin[0] + origin[1];
                double top = Math.min(origin[0] + moved, bottom - 2);
                block.setLayoutY(top);
                size(block, bottom - top);
            } else if (dragged[0]) {
                size(block, Math.max(2, origin[1] + moved));
            }
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            double moved = pane.sceneToLocal(e.getSceneX(), e.getSceneY()).getY() - origin[2];
            if (dragged[0]) {
                model.moveEdge(item, edge, minuteAt(edgeY + moved));
            } else {
                block.requestFocus();
                onSelect.accept(item);
            }
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        return handle;
    }

    private static void size(Region block, double height) {
        block.setMinHeight(height);
        block.setPrefHeight(height);
        block.setMaxHeight(height);
    }

    private Region mark(TimelineItem item) {
        Label mark = new Label(text.label(item.entry()));
        mark.getStyleClass().add("timeline-mark");
        mark.setId("timeline-mark-" + item.entry().id());
        mark.setMinHeight(MARK_HEIGHT);
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
