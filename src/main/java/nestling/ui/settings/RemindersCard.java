package nestling.ui.settings;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nestling.reminders.FeedCountedFrom;
import nestling.reminders.ReminderSettings;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * Settings → Reminders: the feed interval and where it counts from, the diaper check, doses, each
 * with its own lateness at which it turns into a warning, the backup warning, and the optional sound.
 */
final class RemindersCard {
    static final List<Duration> FEED_EVERY = hours(0, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6);
    static final List<Duration> DIAPER_EVERY = hours(0, 2, 3, 4, 5, 6);
    static final List<Duration> WARN_AFTER = List.of(Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofMinutes(45), Duration.ofHours(1), Duration.ofHours(2));
    static final List<Integer> BACKUP_WARN_DAYS = List.of(0, 1, 3, 7, 14, 30);
    private final UiContext context;
    private final RemindersViewModel model;
    private boolean showing;

    RemindersCard(UiContext context, RemindersViewModel model) {
        this.context = context;
        this.model = model;
    }

    VBox build() {
        ChoiceBox<Duration> feed = choice("reminders-feed", "settings.reminders.feed", FEED_EVERY, this::every,
                ReminderSettings::feedEvery, (s, d) -> s.withFeed(d, s.feedFrom(), s.feedWarn()));
        ChoiceBox<FeedCountedFrom> from = choice("reminders-feed-from", "settings.reminders.feedFrom",
                List.of(FeedCountedFrom.values()), f -> context.text("settings.reminders.feedFrom." + f.name()),
                ReminderSettings::feedFrom, (s, f) -> s.withFeed(s.feedEvery(), f, s.feedWarn()));
        from.disableProperty().bind(feed.valueProperty().isEqualTo(Duration.ZERO));
        ChoiceBox<Duration> feedWarn = warn("reminders-feed-warn", "settings.reminders.feed", ReminderSettings::feedWarn,
                (s, d) -> s.withFeed(s.feedEvery(), s.feedFrom(), d));
        feedWarn.disableProperty().bind(from.disableProperty());
        ChoiceBox<Duration> diaper = choice("reminders-diaper", "settings.reminders.diaper", DIAPER_EVERY, this::every,
                ReminderSettings::diaperEvery, (s, d) -> s.withDiaper(d, s.diaperWarn()));
        ChoiceBox<Duration> diaperWarn = warn("reminders-diaper-warn", "settings.reminders.diaper",
                ReminderSettings::diaperWarn, (s, d) -> s.withDiaper(s.diaperEvery(), d));
        diaperWarn.disableProperty().bind(diaper.valueProperty().isEqualTo(Duration.ZERO));
        CheckBox medicine = check("reminders-medicine", "settings.reminders.medicine", ReminderSettings::medicine,
                (s, on) -> s.withMedicine(on, s.medicineWarn()));
        ChoiceBox<Duration> medicineWarn = warn("reminders-medicine-warn", "settings.reminders.medicineShort",
                ReminderSettings::medicineWarn, (s, d) -> s.withMedicine(s.medicine(), d));
        medicineWarn.disableProperty().bind(medicine.selectedProperty().not());
        ChoiceBox<Integer> backup = choice("reminders-backup-warn", "settings.reminders.backupWarn", BACKUP_WARN_DAYS,
                days -> context.formats().message("settings.reminders.backupWarnDays", days),
                ReminderSettings::backupWarnDays, ReminderSettings::withBackupWarnDays);
        CheckBox sound = check("reminders-sound", "settings.reminders.sound", ReminderSettings::sound,
                ReminderSettings::withSound);
        // A row per kind with its own "late by" in a second column: a feed 15 minutes late may matter
        // where a diaper check 15 minutes late does not (the core keeps a threshold per kind).
        String warnCaption = context.text("settings.reminders.warn");
        GridPane grid = new GridPane(24, 12);
        grid.setId("reminders-grid");
        ColumnConstraints kinds = new ColumnConstraints(200, 300, 300);
        grid.getColumnConstraints().addAll(kinds, new ColumnConstraints());
        grid.addRow(0, top(Controls.labelled(context.text("settings.reminders.feed"), feed)),
                top(Controls.labelled(warnCaption, feedWarn)));
        grid.add(Controls.labelled(context.text("settings.reminders.feedFrom"), from), 0, 1, 2, 1);
        grid.addRow(2, top(Controls.labelled(context.text("settings.reminders.diaper"), diaper)),
                top(Controls.labelled(warnCaption, diaperWarn)));
        grid.addRow(3, medicine, top(Controls.labelled(warnCaption, medicineWarn)));
        grid.add(Controls.labelled(context.text("settings.reminders.backupWarn"), backup), 0, 4, 2, 1);
        return SettingsControls.card("settings-reminders", context.text("settings.reminders"), grid, sound,
                Controls.message("reminders-error", model.errorProperty(), "field-error"),
                Controls.text("settings-reminders-hint", context.text("settings.reminders.hint"), "hint"));
    }

    /** Lines up the fields of a row when one caption takes two lines (German runs longer). */
    private static Node top(Node cell) {
        GridPane.setValignment(cell, VPos.TOP);
        return cell;
    }

    /** One kind's "late by" threshold; its accessible text names the kind, as the three captions read alike. */
    private ChoiceBox<Duration> warn(String id, String kindKey, Function<ReminderSettings, Duration> read,
            BiFunction<ReminderSettings, Duration, ReminderSettings> write) {
        ChoiceBox<Duration> box = choice(id, "settings.reminders.warn", WARN_AFTER,
                d -> context.formats().message("settings.reminders.warnMinutes", span(d)), read, write);
        box.setAccessibleText(context.text(kindKey) + ": " + context.text("settings.reminders.warn"));
        return box;
    }

    private <T> ChoiceBox<T> choice(String id, String captionKey, List<T> values, Function<T, String> names,
            Function<ReminderSettings, T> read, BiFunction<ReminderSettings, T, ReminderSettings> write) {
        ChoiceBox<T> box = SettingsControls.choice(id, context.text(captionKey), names);
        box.getItems().setAll(values);
        model.settingsProperty().subscribe(s -> {
            if (s != null) {
                T value = read.apply(s);
                if (!box.getItems().contains(value)) {
                    box.getItems().add(value); // a value stored elsewhere stays selectable
                }
                showing = true;
                box.setValue(value);
                showing = false;
            }
        });
        box.valueProperty().subscribe(value -> {
            if (value != null && !showing) {
                model.change(s -> write.apply(s, value));
            }
        });
        return box;
    }

    private CheckBox check(String id, String textKey, Function<ReminderSettings, Boolean> read,
            BiFunction<ReminderSettings, Boolean, ReminderSettings> write) {
        CheckBox box = new CheckBox(context.text(textKey));
        box.setId(id);
        box.setWrapText(true);
        model.settingsProperty().subscribe(s -> {
            if (s != null) {
                showing = true;
                box.setSelected(read.apply(s));
                showing = false;
            }
        });
        box.selectedProperty().subscribe(on -> {
            if (!showing) {
                model.change(s -> write.apply(s, on));
            }
        });
        return box;
    }

    private String every(Duration d) {
        return d.isZero() ? context.text("settings.reminders.off")
                : context.formats().message("settings.reminders.every", span(d));
    }

    /** "1 h 30 min", "3 h", "15 min", or "0 min" for at once. */
    private String span(Duration d) {
        long minutes = d.toMinutes();
        return minutes >= 60 && minutes % 60 == 0 ? context.formats().message("today.duration.hours", minutes / 60)
                : minutes < 60 ? context.formats().message("today.duration.minutes", minutes)
                : context.formats().message("today.duration.hoursMinutes", minutes / 60, minutes % 60);
    }

    private static List<Duration> hours(double... values) {
        return java.util.Arrays.stream(values).mapToObj(h -> Duration.ofMinutes(Math.round(h * 60))).toList();
    }
}
