package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nestling.store.Database;
import org.junit.jupiter.api.Test;

class LastBackupTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void remindsWhenThereWasNeverABackupAndAfterTheChosenPeriod() {
        Database database = Database.createEmpty();
        assertEquals(Optional.empty(), LastBackup.of(database));
        assertFalse(LastBackup.reminderDue(database, NOW), "an empty vault: nothing to save yet");
        var journal = nestling.journal.Journal.of(database, java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        var ada = journal.family().addBaby("Ada", NOW.minus(Duration.ofDays(30)), java.time.ZoneOffset.UTC,
                nestling.domain.Sex.FEMALE, null);
        journal.entries().log(ada.meta().id(), NOW.minus(Duration.ofDays(20)), null,
                new nestling.domain.EntryData.Diaper(true, false, false, null, null, false, null));
        assertFalse(LastBackup.reminderDue(database, NOW), "the first entry was written just now");
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(7))), LastBackup.neverMadeDueAt(database));
        assertTrue(LastBackup.reminderDue(database, NOW.plus(Duration.ofDays(7))));
        LastBackup.record(database, NOW.minus(Duration.ofDays(6)));
        assertFalse(LastBackup.reminderDue(database, NOW));
        assertTrue(LastBackup.reminderDue(database, NOW.plus(Duration.ofDays(1))));
        LastBackup.setReminderDays(database, 30);
        assertFalse(LastBackup.reminderDue(database, NOW.plus(Duration.ofDays(1))));
        assertEquals(30, LastBackup.reminderDays(database));
    }

    @Test
    void theLastBackupTimeNeverTravelsInABackup() {
        Database database = Database.createEmpty();
        LastBackup.record(database, NOW);
        assertFalse(new String(Family.plainJson(database), java.nio.charset.StandardCharsets.UTF_8).contains("lastVerifiedAt"));
    }
}
