package nestling.ui.today;

import java.time.Duration;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
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
 * Snooze (15 min, 30 min, 1 h) and Dismiss. Each card is one row no taller than its 44 px buttons
 * (the text takes two lines at most, the whole of it in the tooltip; a narrow card puts the buttons
 * below the text instead), and beyond three cards a
 * "+N more" row stands for the rest ({@link ShownReminders}), so the quick logs stay on screen at
 * 640 px. Drawn as {@link ReminderCardsModel} says: when the data loads, when a reminder's state
 * changes, when the day changes (a card left up past midnight then says "since yesterday 23:10"), and
 * when "+N more" or "Show fewer" is pressed.
 */
final class ReminderCards {
    /** The least width the text keeps beside the buttons (about 25 characters) before they go below it. */
    private static final double TEXT_WIDTH = 220;

    private ReminderCards() {
    }

    /** @param withFamily also the backup reminder (the first dashboard only) */
    static VBox of(ReminderCardsModel model, UiContext context, String id, boolean withFamily) {
        ReminderTexts texts = new ReminderTexts(context);
        VBox box = new VBox(8);
        box.setId(id + "reminders");
        box.setMaxWidth(Double.MAX_VALUE);
        model.whenChanged(withFamily, shown -> {
            boolean hadFocus = box.getScene() != null && isInside(box.getScene().getFocusOwner(), box);
            box.getChildren().setAll(shown.cards().stream().map(r -> card(model, texts, r, id)).toList());
            if (shown.foldable()) {
                box.getChildren().add(more(texts, id, shown.hidden(), () -> model.showAll(shown.hidden() > 0)));
            }
            if (hadFocus && box.getParent() != null) {
                // not onto the next button in line (a quick log): Space there would log a diaper
                box.getParent().requestFocus();
            }
            box.setVisible(!shown.cards().isEmpty());
            box.setManaged(box.isVisible());
        });
        return box;
    }

    /** "+2 more reminders" (opens them) or, while open, "Show fewer reminders". */
    private static Button more(ReminderTexts texts, String id, int hidden, Runnable toggle) {
        String text = hidden > 0 ? texts.more(hidden) : texts.text("reminder.fewer");
        Button more = Controls.button(id + "reminders-more", text);
        more.getStyleClass().add("reminder-more");
        more.setOnAction(e -> toggle.run());
        return more;
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node box) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == box) {
                return true;
            }
        }
        return false;
    }

    /**
     * One row while the text keeps at least {@link #TEXT_WIDTH} beside the buttons; in a narrower
     * card (twins side by side) the buttons go to a second row rather than squeeze the text away,
     * and the text may take as many lines as it needs there.
     */
    private static void keepTheTextReadable(VBox card, HBox line, Label state, Label what, HBox buttons) {
        card.widthProperty().subscribe(width -> {
            double w = width.doubleValue();
            if (w <= 0) {
                return; // not laid out yet
            }
            Insets in = card.getInsets();
            boolean roomy = w - in.getLeft() - in.getRight() - state.prefWidth(-1) - buttons.prefWidth(-1)
                    - 2 * line.getSpacing() >= TEXT_WIDTH;
            // two lines at most beside the buttons, so the card stays as tall as they are
            what.setMaxHeight(roomy ? 44 : Double.MAX_VALUE);
            if (roomy && buttons.getParent() != line) {
                card.getChildren().remove(buttons);
                line.getChildren().add(buttons);
            } else if (!roomy && buttons.getParent() != card) {
                line.getChildren().remove(buttons);
                card.getChildren().add(buttons);
            }
        });
    }

    private static VBox card(ReminderCardsModel model, ReminderTexts texts, Reminder reminder, String prefix) {
        String id = prefix + "reminder-" + reminder.kind().name().toLowerCase(Locale.ROOT);
        boolean overdue = reminder.state() == ReminderState.OVERDUE;
        Label state = Controls.text(id + "-state", (overdue ? "\u26A0 " : "\u25F7 ") + texts.state(reminder),
                "reminder-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        Label what = Controls.text(id + "-text", texts.what(reminder, model.snapshot(), model.now()),
                "reminder-text");
        what.setWrapText(true);
        what.setMaxHeight(44); // see keepTheTextReadable
        what.setTooltip(new Tooltip(what.getText()));
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        MenuButton snooze = new MenuButton(textOf(texts, "reminder.snooze"));
        snooze.setId(id + "-snooze");
        snooze.getStyleClass().add("touch-menu");
        snooze.setAccessibleText(textOf(texts, "reminder.snooze") + ": " + what.getText());
        for (Duration length : ReminderBook.SNOOZES) {
            MenuItem item = new MenuItem(texts.snoozeFor(length));
            item.setId(id + "-snooze-" + length.toMinutes());
            item.getStyleClass().add("touch-menu-item");
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
        HBox buttons = new HBox(12, snooze, dismiss);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(12, state, what, buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, line);
        keepTheTextReadable(card, line, state, what, buttons);
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
