package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nestling.journal.LockedInbox;
import nestling.store.LockScreenState.LockedBaby;

/** The baby a locked log names, found in the lock-screen file, and the failures of writing to the inbox. */
final class LockedLogging {
    private LockedLogging() {
    }

    static UUID baby(Path directory, String name) {
        List<LockedBaby> babies;
        try {
            babies = LockedInbox.babies(directory);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.DAMAGED, e.getMessage());
        }
        if (name != null) {
            try {
                return UUID.fromString(name.strip()); // an id works even when the lock-screen file is off
            } catch (IllegalArgumentException notAnId) {
                // a name
            }
        }
        if (babies.isEmpty()) {
            throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "logging while locked knows no baby by name (the"
                    + " lock-screen file is off or not written yet): give --baby ID, or unlock once");
        }
        if (name == null) {
            if (babies.size() == 1) {
                return babies.getFirst().id();
            }
            throw new CliFailure(ExitCodes.USAGE, "there are several babies: say which with --baby NAME");
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<LockedBaby> named = babies.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (named.size() > 1) {
            throw new CliFailure(ExitCodes.USAGE, "several babies have that name: say which with --baby ID, one of "
                    + String.join(", ", named.stream().map(b -> b.id().toString()).toList()));
        }
        return named.stream().findFirst().map(LockedBaby::id).orElseThrow(() -> new CliFailure(
                ExitCodes.NOT_FOUND_OR_EXISTS, "no baby with that name: see nestling baby list"));
    }

    static CliFailure writeFailure(IOException e) {
        if (e instanceof LockedInbox.NoInboxKey) {
            return new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "this vault has no inbox key yet: unlock it once"
                    + " (any command with the passphrase) and logging while locked works from then on. Nothing was logged.");
        }
        return new CliFailure(ExitCodes.OTHER, "the entry could not be written to the inbox (" + e.getClass().getSimpleName()
                + "). Nothing was logged; check the disk and try again.");
    }
}
