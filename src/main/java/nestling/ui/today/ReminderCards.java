package nestling.ui.today;

import java.time.Duration;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderBook;
import nestling.reminders.ReminderState;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The reminders that call now, one card each at the top of a dashboard: calm while due (the kind's
 * coloured edge), a warning once overdue (the theme's warning colours and the word "Overdue"), with
 * Snooze (15 min, 30 min, 1 h) and Dismiss. Rebuilt when the data loads or the minute changes.
 */
final class ReminderCards {
    private ReminderCards() {
    }

    /** @param withFamily also the backup reminder (the first dashboard only) */
    static VBox of(ReminderCardsModel model, UiContext context, String id, boolean withFamily) {
        ReminderTexts texts = new ReminderTexts(context);
        VBox box = new VBox(8);
        box.setId(id + "reminders");
        box.setMaxWidth(Double.MAX_VALUE);
        model.whenChanged(withFamily, calling -> {
            boolean hadFocus = box.getScene() != null && isInside(box.getScene().getFocusOwner(), box);
            box.getChildren().setAll(calling.stream().map(r -> card(model, texts, r, id)).toList());
            if (hadFocus && box.getParent() != null) {
                // not onto the next button in line (a quick log): Space there would log a diaper
                box.getParent().requestFocus();
            }
            box.setVisible(!calling.isEmpty());
            box.setManaged(box.isVisible());
        });
        return box;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node box) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    private static HBox card(ReminderCardsModel model, ReminderTexts texts, Reminder reminder, String prefix) {
        String id = prefix + "reminder-" + reminder.kind().name().toLowerCase(Locale.ROOT);
        boolean overdue = reminder.state() == ReminderState.OVERDUE;
        Label state = Controls.text(id + "-state", (overdue ? "\u26A0 " : "\u25F7 ") + texts.state(reminder),
                "reminder-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        Label what = Controls.text(id + "-text", texts.what(reminder, model.settings(), model.now()),
                "reminder-text");
        what.setWrapText(true);
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        MenuButton snooze = new MenuButton(textOf(texts, "reminder.snooze"));
        snooze.setId(id + "-snooze");
        snooze.setAccessibleText(textOf(texts, "reminder.snooze") + ": " + what.getText());
        for (Duration length : ReminderBook.SNOOZES) {
            MenuItem item = new MenuItem(texts.snoozeFor(length));
            item.setId(id + "-snooze-" + length.toMinutes());
            item.setOnAction(e -> model.snooze(reminder, length));
            snooze.getItems().add(item);
        }
        Button dismiss = Controls.button(id + "-dismiss", textOf(texts, "reminder.dismiss"));
        dismiss.setAccessibleText(textOf(texts, "reminder.dismiss") + ": " + what.getText());
        dismiss.setOnAction(e -> model.dismiss(reminder));
        snooze.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        snooze.disableProperty().bind(model.busyProperty());
        dismiss.disableProperty().bind(model.busyProperty());
        HBox card = new HBox(12, state, what, snooze, dismiss);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setId(id);
        card.setUserData(reminder);
        card.getStyleClass().addAll("reminder-card", "reminder-" + kind(reminder), overdue ? "reminder-overdue" : "reminder-due");
        card.setAccessibleText(texts.state(reminder) + ": " + what.getText());
        return card;
    }

    private static String textOf(ReminderTexts texts, String key) {
        return texts.text(key);
    }

    /** The dashboard's kind colours: a dose is medicine, a feed feeding, a check diaper, a backup a note. */
    private static String kind(Reminder reminder) {
        return switch (reminder.kind()) {
            case MEDICINE -> "medicine";
            case FEED -> "feeding";
            case DIAPER -> "diaper";
            case BACKUP -> "note";
        };
    }
}
