package nestling.ui.timeline;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The drag handles on a timeline block's edges, which move its start or end. */
final class EdgeHandle {
    /** The visible grip's height; the area that answers is larger. */
    private static final double GRIP = 10;
    /** A press on a handle that moves less than this is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    private EdgeHandle() {
    }

    /**
     * A drag handle on one edge of a block: a slim grip drawn on the edge inside an area of
     * {@link DayStrip#TARGET} pixels (fewer outward only when another item is close). Dragging moves the
     * edge by as much as the pointer moved (wherever in the area it was pressed) and saves on
     * release; a press that does not move is a click on the block.
     */
    static Region of(DayStrip strip, StackPane block, TimelineItem item, TimelineViewModel.Edge edge, double x,
            double itemWidth, double edgeY, double inward, double room, Consumer<TimelineItem> onSelect) {
        Pane pane = strip.pane();
        boolean start = edge == TimelineViewModel.Edge.START;
        double outward = Math.max(0, Math.min(room, DayStrip.TARGET - inward));
        Pane handle = new Pane();
        handle.getStyleClass().add("timeline-handle");
        handle.setId("timeline-handle-" + edge.name().toLowerCase(java.util.Locale.ROOT) + "-" + item.entry().id());
        handle.setPickOnBounds(true); // transparent, but the whole area answers
        handle.setCursor(Cursor.V_RESIZE);
        double height = inward + outward;
        handle.setLayoutX(x);
        handle.setLayoutY(start ? edgeY - outward : edgeY - inward);
        handle.resize(itemWidth, height);
        handle.setMinSize(itemWidth, height);
        handle.setPrefSize(itemWidth, height);
        handle.setMaxSize(itemWidth, height);
        Region grip = new Region();
        grip.getStyleClass().add("timeline-handle-grip");
        grip.setMouseTransparent(true);
        grip.setManaged(false);
        double gripHeight = Math.min(GRIP, inward);
        grip.resizeRelocate(0, start ? outward : inward - gripHeight, itemWidth, gripHeight);
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
                strip.model().moveEdge(item, edge, DayStrip.minuteAt(edgeY + moved));
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
}
