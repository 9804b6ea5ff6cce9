package nestling.ui.today;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** One baby's dashboard: last feed, sleep, diaper; running timers; today's totals; quick logs and the undo bar. */
final class DashboardView {
    /** The narrowest a feed, sleep or diaper card gets: its big number ("12 h 45 min") fits. */
    static final double MIN_CARD = 218;
    private final VBox root = new VBox(14);
    private final DashboardViewModel model;
    /** What the cards read from the model's data at its "now". */
    private final DashboardReadings readings;
    private final TodayTexts texts;
    private final UiContext context;
    private final String id;

    /** @param id prefix of the node ids ("" for the current baby, "twin-" for the second dashboard) */
    DashboardView(UiContext context, DashboardViewModel model, String id, boolean showName) {
        this.context = context;
        this.model = model;
        this.readings = model.readings();
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
        if (model.viewOnly()) {
            // a copy opened to look at: the day as it was, nothing to log
            root.getChildren().addAll(FeverCard.of(model, texts, context, id), error, timersCard(), cards, todayCard());
            return;
        }
        root.getChildren().addAll(FeverCard.of(model, texts, context, id), ReminderCards.of(model.reminderCards(), context, id, id.isEmpty()),
                quickLog(), loggedBar(), error, timersCard(),
                cards, todayCard());
        // The keys act on the current baby: side by side, the hint is under that baby's column.
        Label keys = Controls.text(id + "quick-keys", texts.text("today.keys"), "hint");
        keys.visibleProperty().bind(model.currentProperty());
        keys.managedProperty().bind(keys.visibleProperty());
        root.getChildren().add(keys);
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

    /** A text of the loaded data alone: worked out again when the data changes, not at every tick. */
    private StringBinding ofData(java.util.concurrent.Callable<String> text) {
        return Bindings.createStringBinding(() -> model.dataProperty().get() == null ? "\u2026" : text.call(),
                model.dataProperty());
    }

    private VBox feedCard() {
        Label since = Cards.bound(id + "feed-since", live(() -> readings.sinceLastFeed().map(texts::since)
                .orElse(texts.text("today.feed.none"))), "big-number");
        Cards.quietWhen(since, () -> readings.sinceLastFeed().isEmpty(), model);
        // No suggestion while a feed runs: the parent is choosing and switching sides right now.
        Label next = Cards.bound(id + "feed-next", live(() -> {
            boolean justNow = readings.sinceLastFeed().map(TodayTexts::isJustNow).orElse(true);
            return readings.suggestedSide().map(side -> texts.message(justNow ? "today.feed.nextSide" : "today.feed.agoNext",
                    texts.side(side))).orElse(justNow ? "" : texts.text("today.feed.ago"));
        }), "value");
        return Cards.card(id + "feed-card", "feeding", "\u25D2", texts.text("today.feed.title"), since, next);
    }

    private VBox sleepCard() {
        Label state = Cards.bound(id + "sleep-state", live(() -> readings.sleepState()
                .map(s -> texts.text(s.asleep() ? "today.sleep.asleep" : "today.sleep.awake"))
                .orElse(texts.text("today.sleep.none"))), "value");
        Label length = Cards.hidingWhenEmpty(id + "sleep-length", live(() -> readings.sleepState()
                .map(s -> texts.duration(s.length())).orElse("")), "big-number");
        Label nap = Cards.hidingWhenEmpty(id + "sleep-next-nap", live(() -> texts.nextNap(
                model.dataProperty().get().nextNap(), model.nowProperty().get())), "value");
        Label why = Cards.hidingWhenEmpty(id + "sleep-next-nap-why", ofData(() -> texts.nextNapWhy(
                model.dataProperty().get().nextNap())), "hint");
        why.setWrapText(true);
        return Cards.card(id + "sleep-card", "sleep", "\u263E", texts.text("today.sleep.title"), state, length, nap, why);
    }

    private VBox diaperCard() {
        Label last = Cards.bound(id + "diaper-last", live(() -> readings.sinceLastDiaper().map(texts::since)
                .orElse(texts.text("today.diaper.none"))), "big-number");
        Cards.quietWhen(last, () -> readings.sinceLastDiaper().isEmpty(), model);
        Label what = Cards.hidingWhenEmpty(id + "diaper-what", live(() -> Optional.ofNullable(
                model.dataProperty().get().lastDiaper()).map(d -> texts.message(
                        readings.sinceLastDiaper().map(TodayTexts::isJustNow).orElse(false) ? "today.diaper.now" : "today.diaper.ago",
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
        Label totals = Cards.bound(id + "today-totals", ofData(() -> texts.totals(model.dataProperty().get())), "value");
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
        // a copy is nobody's to back up: its family's reminder is not the viewer's business
        backup.setVisible(!model.viewOnly());
        backup.setManaged(!model.viewOnly());
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
        withKey(bottle, "B");
        Button wet = quick("quick-wet", "today.quick.wetLong", "W", model::logWetDiaper);
        Button dirty = quick("quick-dirty", "today.quick.dirtyLong", "D", model::logDirtyDiaper);
        Button both = quick("quick-wet-dirty", "today.quick.wetDirtyLong", "M", model::logWetAndDirtyDiaper);
        Button sleep = Controls.button(id + "start-sleep", texts.text("today.quick.sleep"));
        withKey(sleep, "S");
        sleep.setOnAction(e -> model.startSleep());
        sleep.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || readings.timer(TimerKind.SLEEP).isPresent(),
                model.busyProperty(), model.dataProperty()));
        Button left = breastButton(Side.LEFT, "L");
        Button right = breastButton(Side.RIGHT, "R");
        wet.getStyleClass().add("kind-diaper");
        dirty.getStyleClass().add("kind-diaper");
        both.getStyleClass().add("kind-diaper");
        bottle.getStyleClass().add("kind-feeding");
        sleep.getStyleClass().add("kind-sleep");
        FlowPane buttons = new FlowPane(8, 8, wet, dirty, both, bottle, left, right, sleep);
        VBox card = Cards.card(id + "quick-card", "feeding", "+", texts.text("today.quick.title"), buttons);
        card.getStyleClass().add("quick-card");
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /**
     * A diaper button; its tooltip names its key. It stays on while a write runs: turned off, it
     * would lose the focus under the parent's hand, and a repeat is caught by the model anyway.
     */
    private Button quick(String buttonId, String textKey, String key, Runnable action) {
        Button button = Controls.button(id + buttonId, texts.text(textKey));
        withKey(button, key);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void withKey(Button button, String key) {
        button.setTooltip(new Tooltip(texts.message("today.quick.key", key)));
    }

    /** "Left breast" or "Right breast", the suggested one marked "(next)": either starts a feed on its side. */
    private Button breastButton(Side side, String key) {
        String buttonId = id + "start-breast-" + side.name().toLowerCase(java.util.Locale.ROOT);
        Button button = Controls.button(buttonId, "");
        Controls.follow(button, live(() -> texts.text(readings.suggestedSide().filter(side::equals).isPresent()
                ? "today.quick.breast" + side.name() + "Next" : "today.quick.breast" + side.name())));
        button.accessibleTextProperty().bind(button.textProperty());
        withKey(button, key);
        button.setOnAction(e -> model.startBreastfeeding(side));
        button.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.busyProperty().get() || readings.timer(TimerKind.BREASTFEEDING).isPresent(),
                model.busyProperty(), model.dataProperty()));
        button.getStyleClass().add("kind-feeding");
        return button;
    }

    /**
     * "Wet diaper logged for Ada at 3:00 AM [Undo] [✕]", or what an ignored repeat was. Its room
     * is kept while it is hidden and its text has room for two lines whatever it says (CSS
     * {@code .logged-text}), so its coming and going moves nothing under the pointer.
     */
    private HBox loggedBar() {
        Label text = Cards.bound(id + "logged-text", Bindings.createStringBinding(() -> !model.repeatNoticeProperty()
                .get().isEmpty() ? model.repeatNoticeProperty().get() : model.loggedProperty().get() == null
                ? "" : texts.logged(model.loggedProperty().get(), model.readOnly(), model.notSavedProperty().get()),
                model.loggedProperty(), model.repeatNoticeProperty(), model.notSavedProperty()),
                "logged-text");
        text.setMinWidth(0);
        Controls.mayShorten(text); // a third line (German, a long name, side by side) ends in "…"; the tooltip has all
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(text.textProperty());
        text.setTooltip(whole);
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
        undo.visibleProperty().bind(model.loggedProperty().isNotNull());
        HBox bar = new HBox(12, text, push, undo, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId(id + "logged-bar");
        bar.getStyleClass().add("logged-bar");
        model.notSavedProperty().subscribe(notSaved -> {
            if (notSaved) {
                bar.getStyleClass().add("not-saved");
            } else {
                bar.getStyleClass().remove("not-saved");
            }
        });
        bar.visibleProperty().bind(model.loggedProperty().isNotNull().or(model.repeatNoticeProperty().isNotEmpty()));
        return bar;
    }

    Parent root() {
        return root;
    }
}
