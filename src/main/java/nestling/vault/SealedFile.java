package nestling.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Any payload (a backup, not only a database image) sealed in the vault's container format: the
 * same header, Argon2id, HKDF and chunked AES-GCM, so a backup is exactly as strong as the vault
 * and documented by the same format description. A key is either borrowed from an unlocked
 * {@link Vault} (same passphrase; no extra Argon2id run) or derived from a separate passphrase.
 */
public final class SealedFile {
    /** How many of a file's first bytes {@link #inspectHead} needs (the longest header any version may have). */
    public static final int HEAD_BYTES = VaultHeader.MAX_HEADER_LENGTH;

    private SealedFile() {
    }

    /** A master key plus the KDF settings (salt) it came from. Closing wipes it when it is owned. */
    public static final class Key implements AutoCloseable {
        private final MasterKey master;
        private final KdfParameters kdf;
        private final boolean owned;

        private Key(MasterKey master, KdfParameters kdf, boolean owned) {
            this.master = master;
            this.kdf = kdf;
            this.owned = owned;
        }

        static Key borrowed(MasterKey master, KdfParameters kdf) {
            return new Key(master, kdf, false);
        }

        @Override
        public void close() {
            if (owned) {
                master.close();
            }
        }
    }

    /** A new key for {@code passphrase} under fresh KDF settings (a fresh salt) from {@code options}. */
    public static Key newKey(char[] passphrase, VaultOptions options) {
        KdfParameters kdf = options.kdf(options.random());
        return new Key(Argon2Kdf.derive(passphrase, kdf), kdf, true);
    }

    public static byte[] seal(byte[] payload, Key key, SecureRandom random) {
        return VaultCodec.seal(payload, key.master, key.kdf, 1, random);
    }

    /**
     * Seals {@code payload} under {@code key} straight into {@code target}, written the careful way
     * ({@link AtomicFileWriter#writeAtomically}): chunk batches are sealed while they are written, so
     * no sealed copy of the payload is ever held. Returns the file's length.
     */
    public static long write(Path target, PayloadBuffer payload, Key key, SecureRandom random, AtomicFileWriter.Faults faults)
            throws IOException {
        VaultCodec.Sealed sealed = VaultCodec.prepare(payload.plain(), key.master, key.kdf, 1, random);
        new AtomicFileWriter(faults).replace(target, sealed::writeTo, () -> { });
        return sealed.length();
    }

    /** Writes {@code payload} as it is (a plain backup) into {@code target}, the same careful way. */
    public static void writePlain(Path target, PayloadBuffer payload, AtomicFileWriter.Faults faults) throws IOException {
        new AtomicFileWriter(faults).replace(target, sink -> {
            try (InputStream in = payload.open()) {
                byte[] block = new byte[PayloadBuffer.BLOCK];
                for (int n = in.readNBytes(block, 0, block.length); n > 0; n = in.readNBytes(block, 0, block.length)) {
                    sink.write(block, 0, n);
                }
            }
        }, () -> { });
    }

    /** True when {@code head} starts like a sealed file (the magic), damaged or not. */
    public static boolean looksSealed(byte[] head) {
        byte[] magic = VaultHeader.MAGIC;
        int n = Math.min(head.length, magic.length);
        return n >= 4 && java.util.Arrays.equals(head, 0, n, magic, 0, n);
    }

    /** Every key-free check (damage, truncation, newer format, KDF caps); cheap. */
    public static void inspect(byte[] file) throws VaultException {
        VaultCodec.inspect(file);
    }

    /**
     * Every key-free check on the first {@link #HEAD_BYTES} of a file of {@code fileLength} bytes,
     * its declared length against the real one included: a hostile file is refused before the rest
     * of it is read. Returns the payload length the header declares.
     */
    public static long inspectHead(byte[] head, long fileLength) throws VaultException {
        return VaultCodec.inspect(head, fileLength).payloadLength();
    }

    /** The longest sealed file a payload of {@code payloadLength} bytes can give (in the smallest chunks allowed). */
    public static long largestFileFor(long payloadLength) {
        return VaultHeader.largestFileFor(payloadLength);
    }

    /** True when {@code key} was derived with the salt of this file, so {@link #open(byte[], Key)} can use it. */
    public static boolean sameSettings(byte[] file, Key key) throws VaultException {
        return VaultCodec.inspect(file).kdf().equals(key.kdf);
    }

    /** Opens with a key already derived for this file's salt (see {@link #sameSettings}). */
    public static byte[] open(byte[] file, Key key) throws VaultException {
        VaultHeader header = VaultCodec.inspect(file);
        if (!header.kdf().equals(key.kdf)) {
            throw new VaultException(VaultProblem.WRONG_PASSPHRASE);
        }
        return VaultCodec.open(file, header, key.master);
    }

    /**
     * A sealed file on disk whose header and key were checked ({@link #opening}): its payload can be
     * read as a stream, chunk by chunk, as often as needed, without holding the file or the payload.
     */
    public static final class Opened {
        private final Path file;
        private final VaultHeader header;
        private final byte[] fields;
        private final FileKeys keys;

        private Opened(Path file, VaultHeader header, byte[] fields, FileKeys keys) {
            this.file = file;
            this.header = header;
            this.fields = fields;
            this.keys = keys;
        }

        public long payloadLength() {
            return header.payloadLength();
        }

        /**
         * The decrypted payload from its first byte. A chunk that fails to authenticate (or a file
         * cut since it was checked) ends the read with {@link DamagedException}.
         */
        public InputStream payload() throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(VaultHeader.LENGTH);
            } catch (IOException e) {
                in.close();
                throw new DamagedException(e);
            }
            return new OpeningStream(in, keys.encryption(), fields, header.chunkSize(), header.payloadLength());
        }
    }

    /** A sealed file's body that is damaged: a chunk failed to authenticate, or the file ended early. */
    public static final class DamagedException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedException(Throwable cause) {
            super("a chunk of the sealed file is damaged", cause);
        }
    }

    /**
     * {@code file} (of {@code size} bytes, whose first {@link #HEAD_BYTES} are {@code head}) checked
     * and, when {@code key} was derived with its salt, opened for streaming; empty when the file was
     * sealed under other KDF settings (another passphrase or salt).
     */
    public static java.util.Optional<Opened> opening(Path file, byte[] head, long size, Key key) throws VaultException {
        VaultHeader header = VaultCodec.inspect(head, size);
        if (!header.kdf().equals(key.kdf)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Opened(file, header, fields(head), VaultCodec.checkedKeys(head, header, key.master)));
    }

    /** As {@link #opening(Path, byte[], long, Key)}, deriving the key from {@code passphrase} with the file's own settings. */
    public static Opened opening(Path file, byte[] head, long size, char[] passphrase) throws VaultException {
        VaultHeader header = VaultCodec.inspect(head, size);
        try (MasterKey master = Argon2Kdf.derive(passphrase, header.kdf())) {
            return new Opened(file, header, fields(head), VaultCodec.checkedKeys(head, header, master));
        }
    }

    private static byte[] fields(byte[] head) {
        return java.util.Arrays.copyOf(head, VaultHeader.FIELDS_LENGTH);
    }

    /** Checks the file, derives the key from {@code passphrase} with the file's own settings, opens it. */
    public static byte[] open(byte[] file, char[] passphrase) throws VaultException {
        VaultHeader header = VaultCodec.inspect(file);
        try (MasterKey master = Argon2Kdf.derive(passphrase, header.kdf())) {
            return VaultCodec.open(file, header, master);
        }
    }
}
