package nestling.backup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.EntryQuery;

/**
 * Reads a database the way the app's screens do, through the journal: every live entry (all babies,
 * 1970 to 2100), running timers, babies with the archived ones, caregivers and the current one,
 * activity types with the removed ones, the units preference. Throws whatever the app would meet.
 */
final class AppReads {
    private AppReads() {
    }

    /** How many records were read (so a caller can tell an empty read from a full one). */
    static int everything(Database database) {
        Journal journal = Journal.of(database, Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        int read = journal.entries().list(EntryQuery.of(null, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).size();
        read += journal.timers().running(null).size();
        read += journal.family().babies(true).size();
        read += journal.family().caregivers().size();
        read += journal.family().currentCaregiver().isPresent() ? 1 : 0;
        read += journal.family().activityTypes(true).size();
        journal.preferences().units();
        return read;
    }
}
