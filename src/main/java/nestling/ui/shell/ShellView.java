package nestling.ui.shell;

import java.util.HashMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nestling.ui.about.AboutDataView;
import nestling.ui.about.AboutDataViewModel;
import nestling.ui.backup.BackupView;
import nestling.ui.backup.BackupViewModel;
import nestling.ui.common.Accelerators;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;
import nestling.ui.entry.EntryForms;
import nestling.ui.growth.GrowthView;
import nestling.ui.growth.GrowthViewModel;
import nestling.ui.insights.InsightsView;
import nestling.ui.insights.InsightsViewModel;
import nestling.ui.history.HistoryView;
import nestling.ui.history.HistoryViewModel;
import nestling.ui.settings.SettingsView;
import nestling.ui.today.BabySwitcher;
import nestling.ui.today.TodayView;
import nestling.ui.today.TodayViewModel;
import nestling.ui.timeline.TimelineView;
import nestling.ui.timeline.TimelineViewModel;

/**
 * The unlocked window: navigation on the left, the top bar with the section, the save indicator
 * and Lock, banners for problems, and the current section's screen.
 */
public final class ShellView {
    private final BorderPane root = new BorderPane();
    private final ShellViewModel model;
    private final UiContext context;
    private final ScrollPane content = new ScrollPane();
    private final Timeline idleCheck;

    public ShellView(ShellViewModel model) {
        this.model = model;
        this.context = model.context();
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.setLeft(navigation());
        content.setId("content");
        content.setFitToWidth(true);
        content.getStyleClass().add("content");
        BorderPane main = new BorderPane(content);
        main.setTop(new VBox(topBar(), banners()));
        root.setCenter(main);
        model.sectionProperty().subscribe(this::show);

        idleCheck = new Timeline(new KeyFrame(Duration.millis(context.tick().toMillis()),
                e -> model.sessionLock().checkIdle()));
        idleCheck.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                idleCheck.stop();
            } else {
                idleCheck.play();
            }
        });
    }

    private VBox navigation() {
        Label name = Controls.text("app-name", context.text("app.title"), "app-name");
        VBox nav = new VBox(4, name);
        ToggleGroup group = new ToggleGroup();
        for (Section section : shown()) {
            ToggleButton button = new ToggleButton(context.text(section.key()));
            button.setId(section.id());
            button.setAccessibleText(context.text(section.key()));
            button.setUserData(section);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            nav.getChildren().add(button);
        }
        model.sectionProperty().subscribe(section -> group.getToggles().stream()
                .filter(t -> t.getUserData() == section).findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                model.sectionProperty().set((Section) now.getUserData());
            }
        });
        // Alt+1 … Alt+8 while the shell is in the window, as a click on the section's button would.
        Map<KeyCombination, Runnable> keys = new HashMap<>();
        for (Section section : shown()) {
            keys.put(section.keys(), () -> model.sectionProperty().set(section));
        }
        Accelerators.whileInScene(nav, keys);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPrefWidth(200);
        return nav;
    }

    /**
     * Every section; for a copy only those that show it: backing up, settings and "Your data"
     * (where the vault folder is, erase everything) are about a vault, and a copy has none.
     */
    private java.util.List<Section> shown() {
        return java.util.Arrays.stream(Section.values()).filter(s -> !model.viewingCopy()
                || (s != Section.BACKUP && s != Section.SETTINGS && s != Section.ABOUT)).toList();
    }

    private HBox topBar() {
        // The top bar gives way through the baby's name (which may shorten), never through the
        // title, the save state or Lock: those keep their whole text on one line.
        Label title = Controls.oneLine("section-title", "", "heading");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> context.text(model.sectionProperty().get().key()), model.sectionProperty()));
        Label symbol = new Label();
        symbol.getStyleClass().add("save-symbol");
        Label status = Controls.oneLine("save-status", "", "save-status");
        status.setGraphic(symbol);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        status.setTooltip(tip);
        model.saveProperty().subscribe(save -> {
            status.setText(save.text());
            status.setAccessibleText(save.text() + ". " + save.detail());
            tip.setText(save.detail());
            symbol.setText(switch (save.state()) {
                case SAVED -> "\u2713";
                case SAVING -> "\u2026";
                case NOT_SAVED -> "!";
                case READ_ONLY -> "\u2298"; // a circle struck through: look, do not change
            });
            status.getStyleClass().setAll("label", "save-status", "save-" + save.state().name().toLowerCase(java.util.Locale.ROOT));
        });

        String lockKey = model.viewingCopy() ? "copy.close" : "lock";
        Button lock = Controls.button("lock-button", context.text(lockKey + ".button"));
        lock.setTooltip(new Tooltip(context.text(lockKey + ".tooltip")));
        lock.setAccessibleText(context.text(lockKey + ".tooltip"));
        lock.disableProperty().bind(model.sessionLock().lockingProperty());
        lock.setOnAction(e -> model.sessionLock().lock());
        lock.getStyleClass().add("lock-button");
        lock.setMinWidth(Region.USE_PREF_SIZE);

        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(16, title, new BabySwitcher(model).root(), push, status, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("top-bar");
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private VBox banners() {
        Label reason = Controls.text("save-reason", "", "banner", "banner-warning");
        reason.textProperty().bind(Bindings.createStringBinding(() -> {
            SaveIndicator save = model.saveProperty().get();
            // read-only: the band above says it already, once
            return save.state() == SaveIndicator.State.NOT_SAVED && !model.readOnly() ? save.detail() : "";
        }, model.saveProperty()));
        bindShowing(reason);
        reason.setMaxWidth(Double.MAX_VALUE);
        Label readOnly = Controls.text("read-only-band", model.readOnlyBand(), "banner", "banner-warning");
        bindShowing(readOnly);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        Label lockError = Controls.message("lock-error", model.sessionLock().lockErrorProperty(), "banner",
                "banner-error");
        lockError.setMaxWidth(Double.MAX_VALUE);
        Label undone = Controls.message("undo-status", model.undoRedo().undoStatusProperty(), "banner",
                "banner-success");
        undone.setMaxWidth(Double.MAX_VALUE);
        return new VBox(readOnly, lockError, reason, futureEntries(), undone);
    }

    /** Entries dated in the future (a clock set ahead): what, where to find them, and a way there. */
    private HBox futureEntries() {
        Label text = Controls.message("future-entries-text", model.futureEntriesProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button show = Controls.button("future-entries-show", context.text("shell.future.show"));
        show.setOnAction(e -> model.showFutureEntries());
        show.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = Controls.button("future-entries-dismiss", "\u2715");
        dismiss.setAccessibleText(context.text("shell.future.dismiss"));
        dismiss.setOnAction(e -> model.dismissFutureEntries());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, text, show, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("future-entries");
        bar.getStyleClass().addAll("banner", "banner-warning");
        bar.visibleProperty().bind(model.futureEntriesProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static void bindShowing(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void show(Section section) {
        context.failures().attempt(context, context.formats().message("failure.screen", context.text(section.key())),
                () -> showScreen(section));
    }

    private void showScreen(Section section) {
        Node screen = switch (section) {
            case TODAY -> new TodayView(context, new TodayViewModel(model)).root();
            case SETTINGS -> new SettingsView(context, model).root();
            case BACKUP -> backupScreen();
            case ABOUT -> new AboutDataView(context,
                    new AboutDataViewModel(context, model.sessionLock()::eraseEverything)).root();
            case TIMELINE -> timeline();
            case GROWTH -> new GrowthView(context, new GrowthViewModel(context, model.session().database()))
                    .follow(model.currentBabyProperty(), model.revisionProperty()).root();
            case INSIGHTS -> new InsightsView(context, new InsightsViewModel(context, model.session().database()))
                    .follow(model.currentBabyProperty(), model.revisionProperty()).root();
            case HISTORY -> history();
            default -> new PlaceholderView(context, section).root();
        };
        VBox page = new VBox(screen);
        VBox.setVgrow(screen, javafx.scene.layout.Priority.ALWAYS);
        page.getStyleClass().add("page");
        // The History's table scrolls itself (virtualized); the page must not scroll around it.
        content.setFitToHeight(section == Section.HISTORY);
        content.setContent(page);
        // One scroll pane shows every page: a new page opens at its top, not where the last one was left.
        content.setVvalue(content.getVmin());
        content.setHvalue(content.getHmin());
    }

    private Node backupScreen() {
        BackupViewModel backup = new BackupViewModel(context, model.session(), () -> {
            model.refreshBabies();
            model.changed();
        });
        java.nio.file.Path opened = model.takeOpenedBackup();
        if (opened != null) {
            backup.restore().inspectOpened(opened);
        }
        return new BackupView(context, backup).root();
    }

    private Node timeline() {
        TimelineView timeline = new TimelineView(context, new TimelineViewModel(context, model.journal().entries(), model::changed,
                model.viewingCopy()))
                .follow(model.currentBabyProperty(), model.revisionProperty());
        if (!model.viewingCopy()) {
            timeline.onEdit(entry -> EntryForms.edit(model, entry, root.getScene().getWindow()));
        }
        return timeline.root();
    }

    private Node history() {
        HistoryViewModel history = new HistoryViewModel(context, model.journal(), model::changed);
        java.time.LocalDate from = model.takeHistoryFrom();
        if (from != null) {
            history.fromProperty().set(from);
        }
        history.reload();
        return new HistoryView(model, history).root();
    }

    public Parent root() {
        return root;
    }
}
