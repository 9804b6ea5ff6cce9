package nestling.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code nestling.inbox-key}: the vault's inbox public key beside the vault, so that logging while
 * locked needs no passphrase (58 bytes: magic, version, algorithm, key, key id; docs/vault-format.md
 * section 10). Written only after the vault holding the private half is saved.
 */
public final class InboxKeyFile {
    public static final String NAME = "nestling.inbox-key";
    static final byte[] MAGIC = {(byte) 0x89, 'N', 'I', 'N', 'K', 'E', 'Y', '\n'};
    static final int VERSION = 1;
    static final int X25519 = 1;
    static final int LENGTH = MAGIC.length + 2 + InboxKeys.KEY_LENGTH + InboxKeys.ID_LENGTH;

    private InboxKeyFile() {
    }

    public static Path path(Path directory) {
        return directory.resolve(NAME);
    }

    /** The public key written beside the vault; empty when there is none; damage is an IOException. */
    public static Optional<byte[]> read(Path directory) throws IOException {
        byte[] bytes;
        try {
            if (Files.size(path(directory)) != LENGTH) {
                throw new IOException(NAME + " has the wrong length: it is damaged");
            }
            bytes = Files.readAllBytes(path(directory));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        int version = in.get() & 0xff;
        int algorithm = in.get() & 0xff;
        byte[] key = new byte[InboxKeys.KEY_LENGTH];
        in.get(key);
        byte[] id = new byte[InboxKeys.ID_LENGTH];
        in.get(id);
        if (!Arrays.equals(magic, MAGIC) || version != VERSION || algorithm != X25519
                || !MessageDigest.isEqual(id, InboxKeys.idOf(key))) {
            throw new IOException(NAME + " is damaged or not made by this Nestling");
        }
        return Optional.of(key);
    }

    /** Writes the public key durably (temp file, fsync, rename, folder fsync). */
    public static void write(Path directory, byte[] publicKey) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        out.put(MAGIC).put((byte) VERSION).put((byte) X25519).put(publicKey).put(InboxKeys.idOf(publicKey));
        AtomicFileWriter.writeAtomically(path(directory), out.array(), AtomicFileWriter.Faults.NONE);
    }
}
