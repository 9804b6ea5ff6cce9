package nestling.journal;

import java.time.Clock;
import nestling.store.Database;

/**
 * The use cases of one unlocked vault, wired together: what the UI and the CLI hold on to. One per
 * session, because the undo history belongs to the person at this window.
 */
public record Journal(Family family, EntryLog entries, Timers timers, Preferences preferences) {
    public static Journal of(Database database, Clock clock) {
        EntryLog entries = new EntryLog(database, clock);
        return new Journal(new Family(database, clock), entries, new Timers(database, clock, entries),
                new Preferences(database));
    }
}
