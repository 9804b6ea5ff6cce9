package nestling.ui.today;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;
import nestling.ui.entry.NewEntryMenu;
import nestling.ui.handover.HandoverDialog;
import nestling.ui.handover.HandoverViewModel;

/**
 * The Today screen: "Add your baby" while there is none, else the current baby's dashboard (two
 * side by side for twins). Ticks the clock for the live times and listens for the quick-log keys
 * while it is in the window.
 */
public final class TodayView {
    private final VBox root = new VBox(16);
    private final UiContext context;
    private final TodayViewModel model;
    private final HBox dashboards = new HBox(20);
    private final Timeline ticker;
    private final EventHandler<KeyEvent> keys;

    /** The first baby's form, made the first time there is no baby. */
    private VBox addBaby;

    public TodayView(UiContext context, TodayViewModel model) {
        this.context = context;
        this.model = model;
        root.setId("today");
        root.getStyleClass().add("today");

        ToggleButton sideBySide = new ToggleButton(context.text("today.sideBySide"));
        sideBySide.setId("today-side-by-side");
        sideBySide.setAccessibleText(context.text("today.sideBySide"));
        sideBySide.selectedProperty().bindBidirectional(model.sideBySideProperty());
        sideBySide.visibleProperty().bind(model.twinsProperty());
        sideBySide.managedProperty().bind(sideBySide.visibleProperty());
        // Everything the quick logs do not cover (solids, medicine, temperature …) is one menu away.
        MenuButton more = NewEntryMenu.create(context, model.shell(), "today-new", () -> root.getScene().getWindow());
        more.visibleProperty().bind(model.noBabyProperty().not().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.shell().viewingCopy())));
        more.managedProperty().bind(more.visibleProperty());
        // For the caregiver coming on duty: what happened since their last entry, printable.
        Button handover = Controls.button("today-handover", context.text("handover.button"));
        handover.visibleProperty().bind(model.noBabyProperty().not());
        handover.managedProperty().bind(handover.visibleProperty());
        handover.setOnAction(e -> new HandoverDialog(context, new HandoverViewModel(context, model.shell().journal(),
                model.shell().currentBabyProperty().get()), root.getScene().getWindow()).show());
        HBox bar = new HBox(12, handover, more, sideBySide);
        bar.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(bar, dashboards);
        // The form for a first baby only once there is no baby: built for every unlock, hidden, it
        // (its date picker above all) was part of the first frame after the unlock (issue 20).
        model.noBabyProperty().subscribe(none -> {
            if (none && addBaby == null) {
                addBaby = (VBox) new AddBabyView(context, model.addBaby()).root();
                addBaby.visibleProperty().bind(model.noBabyProperty());
                addBaby.managedProperty().bind(addBaby.visibleProperty());
                root.getChildren().add(addBaby);
            }
        });
        // The model may have its dashboards already (back on Today with the babies loaded): a list's
        // subscription only reports later changes, so show the current ones now too.
        model.dashboards().subscribe(this::showDashboards);
        showDashboards();

        ticker = new Timeline(new KeyFrame(Duration.millis(context.tick().toMillis()), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        keys = e -> {
            Scene scene = root.getScene();
            if (scene != null && !model.shell().viewingCopy() && QuickKeys.handle(e, model, scene.getFocusOwner())) {
                e.consume();
            }
        };
        root.sceneProperty().subscribe((was, now) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, keys);
                ticker.play();
            } else if (was != null) {
                ticker.stop();
                model.dispose();
            }
        });
    }

    private void showDashboards() {
        dashboards.getChildren().clear();
        boolean two = model.dashboards().size() > 1;
        for (int i = 0; i < model.dashboards().size(); i++) {
            Parent view = new DashboardView(context, model.dashboards().get(i), i == 0 ? "" : "twin-", two).root();
            HBox.setHgrow(view, Priority.ALWAYS);
            ((VBox) view).setMinWidth(0);
            ((VBox) view).setPrefWidth(two ? 10 : Region.USE_COMPUTED_SIZE);
            dashboards.getChildren().add(view);
        }
    }

    public Parent root() {
        return root;
    }
}
