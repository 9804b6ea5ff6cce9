package nestling.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderKind;
import nestling.reminders.ReminderState;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card's "since" names the day once it is not today, in both languages; at most three rows of cards. */
class ReminderTextsTest {
    @TempDir
    Path dir;

    private static String plain(String text) {
        return text.replace('\u202f', ' ');
    }

    @Test
    void sinceSaysYesterdayOrTheDateOnceItIsNotToday() {
        UiTesting en = new UiTesting(dir);
        UiTesting de = new UiTesting(dir, ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN));
        try {
            Instant now = en.clock.instant(); // 2026-03-01 03:00 UTC
            ReminderTexts english = new ReminderTexts(en.context);
            ReminderTexts german = new ReminderTexts(de.context);
            Instant today = now.minus(Duration.ofMinutes(40));
            Instant lastNight = Instant.parse("2026-02-28T23:10:00Z");
            Instant earlier = Instant.parse("2026-02-26T23:10:00Z");
            assertEquals("2:20 AM", plain(english.when(today, now)));
            assertEquals("yesterday 11:10 PM", plain(english.when(lastNight, now)));
            assertEquals("gestern 23:10", german.when(lastNight, now));
            assertEquals("02:20", german.when(today, now));
            assertEquals("26.02.2026, 23:10", german.when(earlier, now));
            assertEquals("+2 more reminders", english.more(2));
            assertEquals("+1 weitere Erinnerung", german.more(1));
        } finally {
            en.context.tasks().close();
            de.context.tasks().close();
        }
    }

    @Test
    void threeCardsShowAndBeyondThatTwoAndAMoreRow() {
        List<Reminder> four = java.util.stream.IntStream.range(0, 4).mapToObj(i -> new Reminder(ReminderKind.MEDICINE,
                null, "Dose " + i, Instant.EPOCH.plusSeconds(i), Instant.MAX, ReminderState.DUE, null)).toList();
        assertEquals(new ShownReminders(four.subList(0, 3), 0), ShownReminders.of(four.subList(0, 3), false));
        assertEquals(new ShownReminders(four.subList(0, 2), 2), ShownReminders.of(four, false));
        assertEquals(new ShownReminders(four, 0), ShownReminders.of(four, true));
    }
}
