package nestling.store;

import java.util.Base64;
import java.util.Optional;
import nestling.vault.InboxKeys;

/**
 * The vault's inbox key pair, kept in the encrypted database as two settings. Their keys start
 * with {@code backup.}, the prefix of this vault's own bookkeeping, so a backup never carries them
 * and a restore keeps the vault's own pair.
 */
public final class InboxKeyring {
    static final String PRIVATE_KEY = "backup.inbox.private_key";
    static final String PUBLIC_KEY = "backup.inbox.public_key";

    private InboxKeyring() {
    }

    public static Optional<InboxKeys> read(Database database) {
        return database.read(c -> {
            Optional<String> secret = Settings.get(c, PRIVATE_KEY);
            Optional<String> shared = Settings.get(c, PUBLIC_KEY);
            if (secret.isEmpty() || shared.isEmpty()) {
                return Optional.<InboxKeys>empty();
            }
            return Optional.of(new InboxKeys(Base64.getDecoder().decode(secret.get()),
                    Base64.getDecoder().decode(shared.get())));
        });
    }

    /** The vault's pair, made now when it has none yet (the caller saves before publishing its public half). */
    public static InboxKeys readOrCreate(Database database) {
        return read(database).orElseGet(() -> {
            InboxKeys keys = InboxKeys.generate();
            database.write(c -> {
                Settings.put(c, PRIVATE_KEY, Base64.getEncoder().encodeToString(keys.privateKey()));
                Settings.put(c, PUBLIC_KEY, Base64.getEncoder().encodeToString(keys.publicKey()));
                return null;
            });
            return keys;
        });
    }
}
