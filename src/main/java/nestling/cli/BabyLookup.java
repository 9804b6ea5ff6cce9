package nestling.cli;

import java.time.Clock;
import nestling.domain.Baby;
import nestling.journal.Family;
import nestling.store.VaultSession;

/** The {@code --baby NAME} of read-only commands: the live baby with that name, or exit code 6. */
final class BabyLookup {
    private BabyLookup() {
    }

    static Baby find(VaultSession session, String name) {
        if (name == null || name.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "--baby is required: the name of one of the vault's babies");
        }
        // Reading needs no clock; Family wants one for the writes it can also do.
        return new Family(session.database(), Clock.systemUTC()).babyNamed(name)
                .orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS,
                        "no baby with that name in this vault (nestling baby list shows them)"));
    }
}
