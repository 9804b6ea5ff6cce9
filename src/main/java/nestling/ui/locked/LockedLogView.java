package nestling.ui.locked;

import java.util.UUID;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.UnitFormat;
import nestling.journal.InboxAction.Op;
import nestling.store.LockScreenState;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The lock screen's quick logs: per baby its buttons and running timers, the bar that says what
 * was logged (with Undo), and the keys. Shows nothing at all when there is no lock-screen file.
 */
public final class LockedLogView {
    private final UiContext context;
    private final LockedLogViewModel model;
    private final VBox babies = new VBox(12);
    private final VBox root;
    private final Timeline ticker;

    public LockedLogView(UiContext context, LockedLogViewModel model) {
        this.context = context;
        this.model = model;
        Label heading = Controls.text("locked-heading", context.text("locked.heading"), "heading");
        Label intro = Controls.text("locked-intro", context.text("locked.intro"), "hint");
        Label logged = Controls.message("locked-logged", model.loggedProperty(), "logged-text");
        Button undo = Controls.button("locked-undo", context.text("today.undo"));
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undo());
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.disableProperty().bind(model.busyProperty());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(12, logged, push, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("logged-bar");
        // Its place is kept while empty: the buttons below never jump away from a second, sleepy click.
        bar.visibleProperty().bind(Bindings.isNotEmpty(model.loggedProperty()));
        Label error = Controls.message("locked-error", model.errorProperty(), "banner", "banner-error");
        error.setMaxWidth(Double.MAX_VALUE);
        Label keys = Controls.message("locked-keys", Bindings.createStringBinding(() -> {
            LockScreenState state = model.stateProperty().get();
            return state != null && state.babies().size() > 1
                    ? context.formats().message("locked.keys.babies", context.text("locked.keys")) : context.text("locked.keys");
        }, model.stateProperty()), "hint");
        root = new VBox(12, heading, intro, bar, error, babies, keys);
        root.setId("locked-log");
        root.getStyleClass().addAll("card", "locked-log");
        root.setMaxWidth(580);
        root.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get() != null
                && !model.stateProperty().get().babies().isEmpty(), model.stateProperty()));
        root.managedProperty().bind(root.visibleProperty());
        model.stateProperty().subscribe(this::showBabies);
        model.selectedProperty().subscribe(i -> {
            boolean focusHere = root.getScene() != null && root.getScene().getFocusOwner() != null
                    && isInside(root.getScene().getFocusOwner(), babies);
            showBabies(model.stateProperty().get());
            Node first = babies.lookup("#locked-" + i + "-wet");
            if (focusHere && first != null) {
                first.requestFocus(); // the outline and the focus on the baby the keys now act on
            }
        });
        ticker = new Timeline(new KeyFrame(Duration.millis(context.tick().toMillis()), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /**
     * The keys of the Today screen act here too, on the chosen baby, once Esc has taken the focus
     * from the passphrase field to the cards. A click on a button hands the focus back to the field:
     * a parent who clicked "Wet" and then types the passphrase must not log a diaper (or a feed) with
     * each of its letters, nor leave those letters in the journal.
     */
    public void installKeys(Node screen, Node passphraseField) {
        // Esc leaves the passphrase field for the chosen baby's first button, where the keys act.
        screen.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && root.isVisible() && screen.getScene() != null
                    && screen.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                Node first = root.lookup("#locked-" + model.selectedProperty().get() + "-wet");
                if (first != null) {
                    first.requestFocus();
                    event.consume();
                }
            }
        });
        screen.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (root.isVisible() && LockedKeys.handle(event, model, screen.getScene() == null ? null
                    : screen.getScene().getFocusOwner())) {
                event.consume();
            }
        });
        // A filter: the button consumes its release (and fires on it whether focused or not).
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                passphraseField.requestFocus();
            }
        });
    }

    private void showBabies(LockScreenState state) {
        // The keys act while the focus is here: a rebuilt card takes it over, never the passphrase field.
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        String focusedId = focused != null && isInside(focused, babies) ? focused.getId() : null;
        babies.getChildren().clear();
        if (state == null) {
            return;
        }
        boolean several = state.babies().size() > 1;
        for (int i = 0; i < state.babies().size(); i++) {
            babies.getChildren().add(babyCard(state, state.babies().get(i), i, several));
        }
        if (focusedId != null) {
            Node again = babies.lookup("#" + focusedId);
            (again != null ? again : babies.lookup("#locked-" + model.selectedProperty().get() + "-wet")).requestFocus();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private VBox babyCard(LockScreenState state, LockedBaby baby, int index, boolean several) {
        String id = "locked-" + index + "-";
        UUID babyId = baby.id();
        String title = several ? context.formats().message("locked.babyWithKey", baby.name(), index + 1) : baby.name();
        Label name = Controls.text(id + "name", title, "subheading");
        Button wet = quick(id + "wet", "locked.quick.wet", "kind-diaper", () -> model.log(babyId, LockedStep.Quick.WET));
        Button dirty = quick(id + "dirty", "locked.quick.dirty", "kind-diaper",
                () -> model.log(babyId, LockedStep.Quick.DIRTY));
        Button both = quick(id + "wet-dirty", "today.quick.wetDirtyLong", "kind-diaper",
                () -> model.log(babyId, LockedStep.Quick.WET_DIRTY));
        Button bottle = quick(id + "bottle", null, "kind-feeding", () -> model.log(babyId, LockedStep.Quick.BOTTLE));
        bottle.setText(baby.bottleMl() == null ? context.text("today.quick.bottleNone")
                : context.formats().message("today.quick.bottle", UnitFormat.volume(baby.bottleMl(), state.units())));
        if (baby.bottleMl() == null) {
            bottle.setDisable(true); // no bottle in the last days: no amount to repeat
        }
        boolean asleep = model.timer(baby, TimerKind.SLEEP).isPresent();
        Button sleep = quick(id + "sleep", asleep ? "locked.sleepStop" : "today.quick.sleep", "kind-sleep",
                () -> model.toggleSleep(babyId));
        FlowPane buttons = new FlowPane(8, 8, wet, dirty, both, bottle, sleep);
        if (model.timer(baby, TimerKind.BREASTFEEDING).isEmpty()) {
            // one button on the breast that is next (L and R choose; Switch side is there once it runs)
            Side next = LockedLogViewModel.nextSide(baby);
            buttons.getChildren().add(quick(id + "breast", null, "kind-feeding", () -> model.breastOn(babyId, next)));
            ((Button) buttons.getChildren().getLast()).setText(context.formats().message("locked.quick.breast",
                    context.text("today.side." + next.name())));
        }
        VBox card = new VBox(8, name, buttons);
        for (LockedTimer timer : baby.timers()) {
            card.getChildren().add(timerRow(id, baby, timer));
        }
        card.setId(id + "card");
        card.getStyleClass().add("locked-baby");
        if (several && index == model.selectedProperty().get()) {
            card.getStyleClass().add("locked-baby-chosen");
        }
        card.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> model.select(index));
        return card;
    }

    private FlowPane timerRow(String idPrefix, LockedBaby baby, LockedTimer timer) {
        String id = idPrefix + "timer-" + timer.kind().name().toLowerCase(java.util.Locale.ROOT);
        Label text = Controls.message(id + "-text", Bindings.createStringBinding(
                () -> LockedTexts.timer(context, timer, model.nowProperty().get()), model.nowProperty()), "timer-name");
        text.setWrapText(false);
        text.setMinWidth(Region.USE_PREF_SIZE); // "12 min" never breaks off its line
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (timer.kind() == TimerKind.BREASTFEEDING) {
            buttons.getChildren().add(timerButton(id + "-switch", "today.timer.switch", baby, timer, Op.SWITCH_SIDE));
        }
        boolean paused = timer.state().paused();
        buttons.getChildren().add(timerButton(id + "-pause", paused ? "today.timer.resume" : "today.timer.pause", baby,
                timer, paused ? Op.RESUME : Op.PAUSE));
        Button stop = timerButton(id + "-stop", "today.timer.stop", baby, timer, Op.STOP);
        stop.getStyleClass().add("primary");
        buttons.getChildren().add(stop);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        // the buttons go under the words when both do not fit on one line (a long time, German words)
        FlowPane row = new FlowPane(12, 6, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(520);
        row.setId(id);
        row.getStyleClass().add("timer-row");
        return row;
    }

    private Button timerButton(String id, String key, LockedBaby baby, LockedTimer timer, Op op) {
        Button button = Controls.button(id, context.text(key));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> model.change(baby.id(), timer, op));
        return button;
    }

    private Button quick(String id, String key, String kind, Runnable action) {
        Button button = Controls.button(id, key == null ? "" : context.text(key));
        button.getStyleClass().add(kind);
        button.setMinWidth(Region.USE_PREF_SIZE);
        // not disabled while a record is written (the model ignores clicks meanwhile): it would lose the focus, and the keys with it
        button.setOnAction(e -> action.run());
        return button;
    }

    public VBox root() {
        return root;
    }
}
