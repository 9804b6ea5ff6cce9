package nestling.vault;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * Turns a database image into vault-file bytes and back. Opening checks, in this order, each with
 * its own {@link VaultProblem}: not a vault · truncated header · header damaged (unkeyed SHA-256
 * over the fields and the HMAC, so a flipped HMAC byte is damage too) ·
 * newer format · KDF settings over the caps · truncated or over-long body · wrong passphrase (keyed
 * HMAC) · body damaged (GCM). The unkeyed hash comes first so damage is never reported as a wrong
 * passphrase, and the caps come before Argon2id so a hostile header costs nothing.
 */
final class VaultCodec {
    private VaultCodec() {
    }

    /** A file ready to be written: its header is built, its chunks are sealed while they are written. */
    record Sealed(VaultHeader header, byte[] headerBytes, FileKeys keys, ChunkedCipher.Plain image) {
        long length() {
            return header.expectedFileLength();
        }

        /** Writes the header, then the chunks in batches; nothing here holds a second copy of the image. */
        void writeTo(ByteSink sink) throws IOException {
            sink.write(headerBytes, 0, headerBytes.length);
            ChunkedCipher.seal(keys.encryption(), header.encodeFields(), header.chunkSize(), image, sink);
        }
    }

    /** Builds the header of a new generation under a fresh file seed; the body is sealed by {@link Sealed#writeTo}. */
    static Sealed prepare(byte[] image, MasterKey master, KdfParameters kdf, long generation, SecureRandom random) {
        return prepare(ChunkedCipher.Plain.of(image), master, kdf, generation, random);
    }

    /** As above, for a payload held in blocks ({@link PayloadBuffer}). */
    static Sealed prepare(ChunkedCipher.Plain image, MasterKey master, KdfParameters kdf, long generation,
            SecureRandom random) {
        byte[] seed = new byte[VaultHeader.SEED_BYTES];
        random.nextBytes(seed);
        VaultHeader header = new VaultHeader(VaultHeader.FORMAT_VERSION, VaultHeader.FORMAT_VERSION, kdf,
                VaultHeader.DEFAULT_CHUNK, seed, generation, image.length());
        if (header.expectedFileLength() > VaultHeader.MAX_FILE_LENGTH) {
            throw new IllegalStateException("database image too large for one vault file");
        }
        FileKeys keys = FileKeys.derive(master, seed);
        byte[] headerBytes = Arrays.copyOf(header.encodeFields(), VaultHeader.LENGTH);
        byte[] mac = hmac(keys, headerBytes, 0, VaultHeader.MAC_OFFSET);
        System.arraycopy(mac, 0, headerBytes, VaultHeader.MAC_OFFSET, mac.length);
        byte[] hash = sha256(headerBytes, 0, VaultHeader.HASH_OFFSET);
        System.arraycopy(hash, 0, headerBytes, VaultHeader.HASH_OFFSET, hash.length);
        return new Sealed(header, headerBytes, keys, image);
    }

    /** The whole file in one array (tests, and callers that need the bytes rather than a file). */
    static byte[] seal(byte[] image, MasterKey master, KdfParameters kdf, long generation, SecureRandom random) {
        Sealed sealed = prepare(image, master, kdf, generation, random);
        byte[] out = new byte[(int) sealed.length()];
        int[] at = {0};
        try {
            sealed.writeTo((bytes, offset, length) -> {
                System.arraycopy(bytes, offset, out, at[0], length);
                at[0] += length;
            });
        } catch (IOException e) {
            throw new IllegalStateException("an array sink does not fail", e);
        }
        return out;
    }

    /** Every check that needs no key. Cheap: safe to run on any file before asking for a passphrase. */
    static VaultHeader inspect(byte[] file) throws VaultException {
        return inspect(file, file.length);
    }

    /**
     * The same checks on the first bytes of a file of {@code fileLength} bytes (at least
     * {@link VaultHeader#MAX_HEADER_LENGTH} of them, or all when it is shorter): a file whose length
     * is not the one its header declares is refused before the rest of it is read.
     */
    static VaultHeader inspect(byte[] file, long fileLength) throws VaultException {
        byte[] magic = VaultHeader.MAGIC;
        if (!startsWithMagic(file)) {
            if (isDamagedMagicOfAValidHeader(file)) {
                throw new VaultException(VaultProblem.HEADER_DAMAGED);
            }
            if (fileLength > 0 && fileLength < magic.length && Arrays.equals(file, 0, file.length, magic, 0, file.length)) {
                throw new VaultException(VaultProblem.TRUNCATED);
            }
            throw new VaultException(VaultProblem.NOT_A_VAULT);
        }
        if (fileLength < VaultHeader.OFFSET_HEADER_LENGTH + 2) {
            throw new VaultException(VaultProblem.TRUNCATED);
        }
        int headerLength = u16(file, VaultHeader.OFFSET_HEADER_LENGTH);
        if (headerLength < VaultHeader.LENGTH || headerLength > VaultHeader.MAX_HEADER_LENGTH) {
            throw new VaultException(VaultProblem.HEADER_DAMAGED);
        }
        if (fileLength < headerLength) {
            throw new VaultException(VaultProblem.TRUNCATED);
        }
        byte[] expected = sha256(file, 0, headerLength - 32);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(file, headerLength - 32, headerLength))) {
            throw new VaultException(VaultProblem.HEADER_DAMAGED);
        }
        if (u16(file, VaultHeader.OFFSET_MIN_READER) > VaultHeader.FORMAT_VERSION) {
            throw new VaultException(VaultProblem.NEWER_FORMAT);
        }
        VaultHeader header = VaultHeader.decodeFields(Arrays.copyOf(file, VaultHeader.FIELDS_LENGTH));
        long expectedLength = header.expectedFileLength();
        if (fileLength < expectedLength) {
            throw new VaultException(VaultProblem.TRUNCATED);
        }
        if (fileLength > expectedLength) {
            // found before any passphrase is tried: not "the passphrase is right, but …"
            throw new VaultException(VaultProblem.TOO_LONG);
        }
        return header;
    }

    /** Checks the passphrase (HMAC) and decrypts the body of a file that passed {@link #inspect}. */
    static byte[] open(byte[] file, VaultHeader header, MasterKey master) throws VaultException {
        FileKeys keys = checkedKeys(file, header, master);
        byte[] fields = Arrays.copyOf(file, VaultHeader.FIELDS_LENGTH);
        return ChunkedCipher.open(keys.encryption(), fields, header.chunkSize(), header.payloadLength(),
                file, VaultHeader.LENGTH);
    }

    /**
     * The file's keys once the passphrase is checked (keyed HMAC over the header); {@code head}: at
     * least the file's first {@link VaultHeader#LENGTH} bytes, of a file that passed {@link #inspect}.
     */
    static FileKeys checkedKeys(byte[] head, VaultHeader header, MasterKey master) throws VaultException {
        FileKeys keys = FileKeys.derive(master, header.fileSeed());
        byte[] mac = hmac(keys, head, 0, VaultHeader.MAC_OFFSET);
        if (!MessageDigest.isEqual(mac, Arrays.copyOfRange(head, VaultHeader.MAC_OFFSET, VaultHeader.HASH_OFFSET))) {
            throw new VaultException(VaultProblem.WRONG_PASSPHRASE);
        }
        return keys;
    }

    private static boolean startsWithMagic(byte[] file) {
        byte[] magic = VaultHeader.MAGIC;
        return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
    }

    /** A flipped bit in the magic of an otherwise intact header is damage, not "some other file". */
    private static boolean isDamagedMagicOfAValidHeader(byte[] file) {
        if (file.length < VaultHeader.LENGTH || u16(file, VaultHeader.OFFSET_HEADER_LENGTH) != VaultHeader.LENGTH) {
            return false;
        }
        byte[] repaired = Arrays.copyOf(file, VaultHeader.HASH_OFFSET);
        System.arraycopy(VaultHeader.MAGIC, 0, repaired, 0, VaultHeader.MAGIC.length);
        return MessageDigest.isEqual(sha256(repaired, 0, repaired.length),
                Arrays.copyOfRange(file, VaultHeader.HASH_OFFSET, VaultHeader.LENGTH));
    }

    private static int u16(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xff) << 8) | (bytes[offset + 1] & 0xff);
    }

    static byte[] sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] hmac(FileKeys keys, byte[] bytes, int offset, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.check());
            mac.update(bytes, offset, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
