package nestling.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nestling.store.LockScreenFile;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;

/**
 * Logging while the vault is locked: an action is sealed to the public key beside the vault and
 * appended to its inbox, without the passphrase and without reading the vault. Only the lock-screen
 * file (the babies' ids and names) is read, when the family left it on.
 */
public final class LockedInbox {
    /** The vault has no inbox key beside it yet (made at the next unlock), or logging while locked is off. */
    public static final class NoInboxKey extends IOException {
        private static final long serialVersionUID = 1L;

        NoInboxKey() {
            super("this vault has no inbox key yet");
        }
    }

    private LockedInbox() {
    }

    /** Seals and appends {@code action}; returns once it is on disk, so "Logged" may be said. */
    public static void log(Path directory, InboxAction action) throws IOException {
        byte[] publicKey = InboxKeyFile.read(directory).orElseThrow(NoInboxKey::new);
        InboxFile.append(directory, publicKey, action.toJson());
    }

    /** The babies the lock-screen file names (empty when there is none). */
    public static List<nestling.store.LockScreenState.LockedBaby> babies(Path directory) throws IOException {
        return LockScreenFile.read(directory);
    }
}
