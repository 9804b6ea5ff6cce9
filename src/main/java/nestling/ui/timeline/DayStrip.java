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
 */
final class DayStrip {
    static final double PX_PER_MINUTE = 0.6;
    static final double TOP = 10;
    static final double HOURS_X = 84;
    static final double LANE_WIDTH = 140;
    static final double MIN_BLOCK = 22;
    private static final double HANDLE = 10;

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
        for (TimelineItem item : day.items()) {
            Region node = item.block() ? block(item) : mark(item);
            if (!item.block()) {
                double y = y(item.startMinute());
                int lane = item.lane();
                shift[lane] = y < lastMarkY[lane] + 26 ? shift[lane] + 1 : 0;
                lastMarkY[lane] = y;
                node.setLayoutX(laneX(lane) + (shift[lane] % 3) * 40);
                node.setLayoutY(y - 11);
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
            pane.getChildren().add(node);
        }
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

    private Region block(TimelineItem item) {
        StackPane block = new StackPane();
        Label label = new Label(text.label(item.entry()));
        label.setMouseTransparent(true);
        block.getChildren().add(label);
        block.setAlignment(Pos.TOP_LEFT);
        block.getStyleClass().add("timeline-block");
        block.setId("timeline-block-" + item.entry().id());
        double top = y(item.startMinute());
        double height = Math.max(MIN_BLOCK, (item.endMinute() - item.startMinute()) * PX_PER_MINUTE);
        block.setLayoutX(laneX(item.lane()));
        block.setLayoutY(top);
        block.setPrefSize(LANE_WIDTH, height);
        block.setMinSize(LANE_WIDTH, height);
        block.setMaxSize(LANE_WIDTH, height);
        if (!item.startsBefore()) {
            handle(block, item, TimelineViewModel.Edge.START);
        }
        if (!item.endsAfter()) {
            handle(block, item, TimelineViewModel.Edge.END);
        }
        return block;
    }

    /** A strip along one edge; dragging it shows the new edge and saves on release. */
    private void handle(StackPane block, TimelineItem item, TimelineViewModel.Edge edge) {
        Region handle = new Region();
        handle.getStyleClass().add("timeline-handle");
        handle.setId("timeline-handle-" + edge.name().toLowerCase(java.util.Locale.ROOT) + "-" + item.entry().id());
        handle.setMinHeight(HANDLE);
        handle.setMaxHeight(HANDLE);
        handle.setCursor(Cursor.V_RESIZE);
        StackPane.setAlignment(handle, edge == TimelineViewModel.Edge.START ? Pos.TOP_CENTER : Pos.BOTTOM_CENTER);
        block.getChildren().add(handle);
        double[] origin = new double[2];
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            origin[0] = block.getLayoutY();
            origin[1] = block.getPrefHeight();
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double y = pane.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            if (edge == TimelineViewModel.Edge.START) {
                double bottom = origin[0] + origin[1];
                double top = Math.min(y, bottom - 2);
                block.setLayoutY(top);
                size(block, bottom - top);
            } else {
                size(block, Math.max(2, y - origin[0]));
            }
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            double y = pane.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            model.moveEdge(item, edge, minuteAt(y));
            e.consume();
        });
        handle.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
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
        mark.setMinHeight(22);
        return mark;
    }
}
