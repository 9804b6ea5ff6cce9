package nestling.cli;

import java.time.Clock;
import nestling.domain.Baby;
import nestling.journal.Family;
import nestling.store.VaultSession;

/**
 * The {@code --baby NAME} of the read-only insight commands, resolved like the journal commands do
 * it ({@link Targets}): by name or id, or the only baby when none is named.
 */
final class BabyLookup {
    private BabyLookup() {
    }

    static Baby find(VaultSession session, String name) {
        // Reading needs no clock; Family wants one for the writes it can also do.
        return Targets.baby(new Family(session.database(), Clock.systemUTC()), name);
    }
}
