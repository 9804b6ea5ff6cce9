package nestling.vault;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The fixed 176-byte header of a version-1 vault file (big-endian). See docs/vault-format.md for
 * every byte. The first 14 bytes (magic, versions, header length) and the place of the SHA-256
 * (header length − 64) are fixed for all future versions, so any Nestling can tell a newer file from
 * a damaged one.
 */
record VaultHeader(
        int formatVersion,
        int minReaderVersion,
        KdfParameters kdf,
        int chunkSize,
        byte[] fileSeed,
        long generation,
        long payloadLength) {

    static final byte[] MAGIC = {(byte) 0x89, 'N', 'E', 'S', 'T', 0x0D, 0x0A, 0x1A};
    static final int FORMAT_VERSION = 1;
    static final int LENGTH = 176;
    static final int FIELDS_LENGTH = 112;
    /** HMAC-SHA256(K_check, fields): tells a wrong passphrase. */
    static final int MAC_OFFSET = LENGTH - 64;
    /** SHA-256(fields ‖ HMAC), unkeyed: tells damage anywhere in the header, checked first. */
    static final int HASH_OFFSET = LENGTH - 32;
    static final int KDF_ARGON2ID = 1;
    static final int AEAD_AES256_GCM_CHUNKED = 1;
    static final int SEED_BYTES = 32;
    static final int MIN_CHUNK = 4 * 1024;
    static final int MAX_CHUNK = 16 * 1024 * 1024;
    static final int DEFAULT_CHUNK = 64 * 1024;
    /**
     * The longest file version 1 allows (2^31 − 65 bytes): what one Java array holds, so a writer
     * refuses a larger image and a header that declares more is damage, found before anything is read.
     */
    static final long MAX_FILE_LENGTH = Integer.MAX_VALUE - 64;
    /** The longest header any version may have (its length field is 16 bits): all a reader needs to look at first. */
    static final int MAX_HEADER_LENGTH = 65_535;

    static final int OFFSET_FORMAT_VERSION = 8;
    static final int OFFSET_MIN_READER = 10;
    static final int OFFSET_HEADER_LENGTH = 12;

    /** The 112 bytes that the SHA-256 and the HMAC cover, and that every chunk binds as associated data. */
    byte[] encodeFields() {
        byte[] salt = kdf.salt();
        ByteBuffer b = ByteBuffer.allocate(FIELDS_LENGTH).order(ByteOrder.BIG_ENDIAN);
        b.put(MAGIC);
        b.putShort((short) formatVersion);
        b.putShort((short) minReaderVersion);
        b.putShort((short) LENGTH);
        b.put((byte) KDF_ARGON2ID);
        b.put((byte) kdf.lanes());
        b.putInt(kdf.memoryKiB());
        b.putInt(kdf.iterations());
        b.put((byte) salt.length);
        b.put(salt);
        b.position(b.position() + (KdfParameters.SALT_BYTES - salt.length));
        b.put((byte) AEAD_AES256_GCM_CHUNKED);
        b.putInt(chunkSize);
        b.put(fileSeed);
        b.putLong(generation);
        b.putLong(payloadLength);
        // the remaining two bytes are reserved and zero
        return b.array();
    }

    /** Number of chunks the body has: at least one, so an empty payload still has a final chunk. */
    long chunkCount() {
        return Math.max(1, (payloadLength + chunkSize - 1) / chunkSize);
    }

    /** The exact size a complete file with this header has. */
    long expectedFileLength() {
        return LENGTH + payloadLength + chunkCount() * ChunkedCipher.TAG_BYTES;
    }

    /** The longest file a payload of {@code payloadLength} bytes can give, in the smallest chunks allowed. */
    static long largestFileFor(long payloadLength) {
        long chunks = Math.max(1, (payloadLength + MIN_CHUNK - 1) / MIN_CHUNK);
        return LENGTH + payloadLength + chunks * ChunkedCipher.TAG_BYTES;
    }

    /**
     * Reads the fields of a header whose SHA-256 already matched. Values no version-1 writer produces
     * mean damage, except KDF settings over the caps, which are reported apart (hostile or damaged).
     */
    static VaultHeader decodeFields(byte[] fields) throws VaultException {
        ByteBuffer b = ByteBuffer.wrap(fields, 0, FIELDS_LENGTH).order(ByteOrder.BIG_ENDIAN);
        b.position(OFFSET_FORMAT_VERSION);
        int formatVersion = Short.toUnsignedInt(b.getShort());
        int minReader = Short.toUnsignedInt(b.getShort());
        int headerLength = Short.toUnsignedInt(b.getShort());
        int kdfId = Byte.toUnsignedInt(b.get());
        int lanes = Byte.toUnsignedInt(b.get());
        int memory = b.getInt();
        int iterations = b.getInt();
        int saltLength = Byte.toUnsignedInt(b.get());
        byte[] saltArea = new byte[KdfParameters.SALT_BYTES];
        b.get(saltArea);
        int aeadId = Byte.toUnsignedInt(b.get());
        int chunkSize = b.getInt();
        byte[] seed = new byte[SEED_BYTES];
        b.get(seed);
        long generation = b.getLong();
        long payloadLength = b.getLong();
        int reserved = Short.toUnsignedInt(b.getShort());

        boolean sane = headerLength == LENGTH && kdfId == KDF_ARGON2ID && aeadId == AEAD_AES256_GCM_CHUNKED
                && saltLength >= KdfParameters.MIN_SALT_BYTES && saltLength <= KdfParameters.SALT_BYTES
                && chunkSize >= MIN_CHUNK && chunkSize <= MAX_CHUNK
                && generation >= 0 && payloadLength >= 0 && payloadLength <= MAX_FILE_LENGTH && reserved == 0
                && allZero(saltArea, saltLength);
        if (!sane) {
            throw new VaultException(VaultProblem.HEADER_DAMAGED);
        }
        byte[] salt = java.util.Arrays.copyOf(saltArea, saltLength);
        KdfParameters kdf = new KdfParameters(memory, iterations, lanes, salt);
        VaultHeader header = new VaultHeader(formatVersion, minReader, kdf, chunkSize, seed, generation, payloadLength);
        if (header.expectedFileLength() > MAX_FILE_LENGTH) {
            throw new VaultException(VaultProblem.HEADER_DAMAGED);
        }
        if (!kdf.withinCaps()) {
            throw new VaultException(VaultProblem.UNREASONABLE_KDF);
        }
        return header;
    }

    private static boolean allZero(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
