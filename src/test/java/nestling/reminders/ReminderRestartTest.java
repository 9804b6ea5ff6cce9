package nestling.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings, a snooze and a dismissal survive closing the vault and unlocking it again (real file, real crypto). */
class ReminderRestartTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final Instant T0 = Instant.parse("2026-06-10T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void snoozeDismissalAndSettingsAreThereAfterARestart() throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        Instant due = T0.plus(Duration.ofHours(2));
        Clock clock = Clock.fixed(due, ZoneOffset.UTC);
        try (VaultSession session = VaultSession.create(dir, PASS.clone(), options)) {
            Journal journal = Journal.of(session.database(), clock);
            UUID ada = journal.family().addBaby("Ada", T0.minus(Duration.ofDays(30)), ZoneOffset.UTC, Sex.FEMALE, null)
                    .meta().id();
            journal.entries().log(ada, T0, null, new EntryData.Diaper(true, false, false, null, null, false, null));
            journal.entries().log(ada, T0, null, new EntryData.Bottle(nestling.domain.BottleContent.FORMULA, 60, null));
            ReminderBook book = new ReminderBook(journal, session.database(), clock);
            book.store(ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofMinutes(30))
                    .withFeed(Duration.ofHours(2), FeedCountedFrom.START, Duration.ofMinutes(30)));
            for (Reminder reminder : book.now()) {
                if (reminder.kind() == ReminderKind.DIAPER) {
                    book.snooze(reminder, Duration.ofHours(1));
                } else if (reminder.kind() == ReminderKind.FEED) {
                    book.dismiss(reminder);
                }
            }
            session.flush();
        }
        Clock later = Clock.fixed(due.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
        try (VaultSession session = VaultSession.unlock(dir, PASS.clone(), options)) {
            ReminderBook book = new ReminderBook(Journal.of(session.database(), later), session.database(), later);
            assertEquals(Duration.ofHours(2), book.settings().diaperEvery());
            var states = book.now().stream().collect(java.util.stream.Collectors.toMap(Reminder::kind, Reminder::state));
            assertEquals(ReminderState.SNOOZED, states.get(ReminderKind.DIAPER));
            assertEquals(ReminderState.DISMISSED, states.get(ReminderKind.FEED));
            // never backed up, but the entries were written half an hour ago: due a week after that
            assertEquals(ReminderState.NOT_DUE, states.get(ReminderKind.BACKUP));
        }
    }
}
