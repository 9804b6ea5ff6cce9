package nestling.ui.today;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** One baby's dashboard: last feed, sleep, diaper; running timers; today's totals; quick logs and the undo bar. */
final class DashboardView {
    /** The narrowest a feed, sleep or diaper card gets: its big number ("12 h 45 min") fits. */
    static final double MIN_CARD = 218;
    private final VBox root = new VBox(14);
    private final DashboardViewModel model;
    private final TodayTexts texts;
    private final UiContext context;
    private final String id;

    /** @param id prefix of the node ids ("" for the current baby, "twin-" for the second dashboard) */
    DashboardView(UiContext context, DashboardViewModel model, String id, boolean showName) {
        this.context = context;
        this.model = model;
        this.texts = new TodayTexts(context);
        this.id = id;
        root.setId(id + "dashboard");
        root.getStyleClass().add("dashboard");
        if (showName) {
            root.getChildren().add(Controls.text(id + "dashboard-name", model.baby().name(), "subheading"));
        }
        Label error = Controls.message(id + "today-error", model.errorProperty(), "banner", "banner-error");
        error.setMaxWidth(Double.MAX_VALUE);
        TilePane cards = new TilePane(12, 12, feedCard(), sleepCard(), diaperCard());
        cards.getStyleClass().add("dash-cards");
        // The cards share the width (three in a row when they fit, else two) instead of leaving a gap on the right.
        cards.setPrefColumns(1);
        cards.widthProperty().subscribe(w -> cards.setPrefTileWidth(
                tileWidth(w.doubleValue(), cards.getHgap(), cards.getChildren().size())));
        root.getChildren().addAll(quickLog(), loggedBar(), error, timersCard(), cards, todayCard());
        if (id.isEmpty()) {
            // The keys act on the current baby, whose dashboard is the first one.
            root.getChildren().add(Controls.text("quick-keys", texts.text("today.keys"), "hint"));
        }
    }

    /** The widest tile that still puts as many cards in a row as fit at {@link #MIN_CARD} each. */
    static double tileWidth(double width, double gap, int cards) {
        int columns = Math.max(1, Math.min(cards, (int) ((width + gap) / (MIN_CARD + gap))));
        return Math.max(MIN_CARD, Math.floor((width - gap * (columns - 1)) / columns));
    }

    private StringBinding live(java.util.concurrent.Callable<String> text) {
        return Bindings.createStringBinding(() -> model.dataProperty().get() == null ? "\u2026" : text.call(),
                model.dataProperty(), model.nowProperty());
    }

    private VBox feedCard() {
        Label since = Cards.bound(id + "feed-since", live(() -> model.sinceLastFeed().map(texts::since)
                .orElse(texts.text("today.feed.none"))), "big-number");
        Cards.quietWhen(since, () -> model.sinceLastFeed().isEmpty(), model);
        Label next = Cards.bound(id + "feed-next", live(() -> model.sinceLastFeed().map(TodayTexts::isJustNow).orElse(true)
                ? texts.message("today.feed.nextSide", texts.side(model.nextSide()))
                : texts.message("today.feed.agoNext", texts.side(model.nextSide()))), "value");
        return Cards.card(id + "feed-card", "feeding", "\u25D2", texts.text("today.feed.title"), since, next);
    }

    private VBox sleepCard() {
        Label state = Cards.bound(id + "sleep-state", live(() -> model.sleepState()
                .map(s -> texts.text(s.asleep() ? "today.sleep.asleep" : "today.sleep.awake"))
                .orElse(texts.text("today.sleep.none"))), "value");
        Label length = Cards.hidingWhenEmpty(id + "sleep-length", live(() -> model.sleepState()
                .map(s -> texts.duration(s.length())).orElse("")), "big-number");
        return Cards.card(id + "sleep-card", "sleep", "\u263E", texts.text("today.sleep.title"), state, length);
    }

    private VBox diaperCard() {
        Label last = Cards.bound(id + "diaper-last", live(() -> model.sinceLastDiaper().map(texts::since)
                .orElse(texts.text("today.diaper.none"))), "big-number");
        Cards.quietWhen(last, () -> model.sinceLastDiaper().isEmpty(), model);
        Label what = Cards.hidingWhenEmpty(id + "diaper-what", live(() -> Optional.ofNullable(
                model.dataProperty().get().lastDiaper()).map(d -> texts.message(
                        model.sinceLastDiaper().map(TodayTexts::isJustNow).orElse(false) ? "today.diaper.now" : "today.diaper.ago",
                        texts.diaperContents((EntryData.Diaper) d.data()))).orElse("")), "value");
        return Cards.card(id + "diaper-card", "diaper", "\u25CC", texts.text("today.diaper.title"), last, what);
    }

    private VBox timersCard() {
        VBox rows = new VBox(10);
        Label none = Controls.text(id + "timers-none", texts.text("today.timers.none"), "hint");
        model.dataProperty().subscribe(data -> {
            rows.getChildren().clear();
            if (data == null || data.timers().isEmpty()) {
                rows.getChildren().add(none);
                return;
            }

            for (RunningTimer timer : data.timers()) {
                rows.getChildren().add(TimerRow.of(model, texts, timer, id));
            }
        });
        VBox card = Cards.card(id + "timers-card", "activity", "\u25F7", texts.text("today.timers.title"), rows);
        card.setMaxWidth(Double.MAX_VALUE);
        // Only while a timer runs: then it is the most important thing on the screen.
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.dataProperty().get() != null
                && !model.dataProperty().get().timers().isEmpty(), model.dataProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private VBox todayCard() {
        Label totals = Cards.bound(id + "today-totals", live(() -> texts.totals(model.dataProperty().get())), "value");
        Label doses = Cards.bound(id + "today-medicine", live(() -> texts.nextDoses(model.dataProperty().get(),
                model.nowProperty().get())), "value");
        Label backup = Cards.bound(id + "today-backup", live(() -> texts.backup(model.dataProperty().get(),
                model.nowProperty().get(), context.clock().getZone())), "value");
        model.dataProperty().subscribe(d -> {
            backup.getStyleClass().remove("backup-due");
            if (d != null && d.backupDue()) {
                backup.getStyleClass().add("backup-due");
            }
        });
        Label medicineCaption = Controls.text(id + "today-medicine-title", "\u271A  " + texts.text("today.medicine.title"),
                "field-caption", "kind-label-medicine");
        VBox card = Cards.card(id + "today-card", "note", "\u2211", texts.text("today.totals.title"), totals,
                medicineCaption, doses, backup);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private VBox quickLog() {
        Button bottle = Controls.button(id + "log-bottle", "");
        bottle.textProperty().bind(Bindings.createStringBinding(() -> texts.bottleButton(model.dataProperty().get()),
                model.dataProperty()));
        bottle.accessibleTextProperty().bind(bottle.textProperty());
        bottle.disableProperty().bind(Bindings.createBooleanBinding(() -> model.busyProperty().get()
                || model.dataProperty().get() == null || model.dataProperty().get().lastBottleMl() == null,
                model.busyProperty(), model.dataProperty()));
        bottle.setOnAction(e -> model.logBottle());
        Button wet = Controls.button(id + "quick-wet", texts.text("today.quick.wetLong"));
        wet.setOnAction(e -> model.logWetDiaper());
        wet.disableProperty().bind(model.busyProperty());
        Button dirty = Controls.button(id + "quick-dirty", texts.text("today.quick.dirtyLong"));
        dirty.setOnAction(e -> model.logDirtyDiaper());
        dirty.disableProperty().bind(model.busyProperty());
        Button sleep = Controls.button(id + "start-sleep", texts.text("today.quick.sleep"));
        sleep.setOnAction(e -> model.startSleep());
        sleep.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || model.timer(TimerKind.SLEEP).isPresent(),
                model.busyProperty(), model.dataProperty()));
        Button breast = Controls.button(id + "start-breast", "");
        breast.textProperty().bind(live(() -> texts.message("today.quick.breast", texts.side(model.nextSide()))));
        breast.accessibleTextProperty().bind(breast.textProperty());
        breast.setOnAction(e -> model.startBreastfeeding());
        breast.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || model.timer(TimerKind.BREASTFEEDING).isPresent(),
                model.busyProperty(), model.dataProperty()));
        wet.getStyleClass().add("kind-diaper");
        dirty.getStyleClass().add("kind-diaper");
        bottle.getStyleClass().add("kind-feeding");
        breast.getStyleClass().add("kind-feeding");
        sleep.getStyleClass().add("kind-sleep");
        FlowPane buttons = new FlowPane(8, 8, wet, dirty, bottle, breast, sleep);
        VBox card = Cards.card(id + "quick-card", "feeding", "+", texts.text("today.quick.title"), buttons);
        card.getStyleClass().add("quick-card");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private HBox loggedBar() {
        Label text = Cards.bound(id + "logged-text", Bindings.createStringBinding(() -> model.loggedProperty().get() == null
                ? "" : texts.logged(model.loggedProperty().get()), model.loggedProperty()), "logged-text");
        Button undo = Controls.button(id + "logged-undo", texts.text("today.undo"));
        undo.accessibleTextProperty().bind(Bindings.concat(texts.text("today.undo"), ": ", text.textProperty()));
        undo.setOnAction(e -> model.undo());
        Button dismiss = Controls.button(id + "logged-dismiss", "\u2715");
        dismiss.setAccessibleText(texts.text("today.dismiss"));
        dismiss.setOnAction(e -> model.dismissLogged());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = new HBox(12, text, push, undo, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId(id + "logged-bar");
        bar.getStyleClass().add("logged-bar");
        bar.visibleProperty().bind(model.loggedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    Parent root() {
        return root;
    }
}
