package nestling.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.SleepKind;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;

/**
 * Records the next unlock holds for the parent, made as it happens for real: someone replaces the
 * key beside the vault, and records sealed to the vault's own key are in the inbox. The vault must
 * have been unlocked once (its key is beside it).
 */
public final class HeldRecords {
    private HeldRecords() {
    }

    public static void sealUnderAReplacedKey(Path vault, InboxAction... actions) throws IOException {
        byte[] ours = InboxKeyFile.read(vault).orElseThrow();
        InboxKeyFile.write(vault, InboxKeys.generate().publicKey());
        for (InboxAction action : actions) {
            InboxFile.append(vault, ours, action.toJson());
        }
    }

    public static InboxAction.NewEntry diaper(UUID baby, Instant at, String by) {
        return new InboxAction.NewEntry(UUID.randomUUID(), baby, EntryType.DIAPER, at, null, ZoneOffset.UTC, at, by,
                new EntryData.Diaper(true, false, false, null, null, false, null));
    }

    public static InboxAction.NewEntry nap(UUID baby, Instant start, Instant end, String by) {
        return new InboxAction.NewEntry(UUID.randomUUID(), baby, EntryType.SLEEP, start, end, ZoneOffset.UTC, start, by,
                new EntryData.Sleep(SleepKind.NAP, null, null));
    }
}
