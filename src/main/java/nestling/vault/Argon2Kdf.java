package nestling.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Turns a passphrase into the {@link MasterKey} with Argon2id (BouncyCastle), version 0x13. */
public final class Argon2Kdf {
    private Argon2Kdf() {
    }

    /**
     * Derives the master key. The passphrase is normalised to NFC first, so the same words typed on
     * a Mac and on Windows give the same key; the caller keeps ownership of {@code passphrase}.
     */
    public static MasterKey derive(char[] passphrase, KdfParameters parameters) {
        return derive(passphrase, parameters, null);
    }

    /** As {@link #derive(char[], KdfParameters)}, in {@code memory}'s blocks when it is not null. */
    static MasterKey derive(char[] passphrase, KdfParameters parameters, KdfMemory memory) {
        byte[] secret = nfcUtf8(passphrase);
        try {
            if (!parameters.withinCaps()) {
                throw new IllegalArgumentException("KDF parameters outside the accepted range");
            }
            return new MasterKey(rawUnchecked(secret, parameters.salt(), parameters.memoryKiB(), parameters.iterations(),
                    parameters.lanes(), null, null, MasterKey.BYTES, memory));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Plain Argon2id over bytes, for the known-answer tests and for {@link #derive}. */
    static byte[] raw(byte[] password, KdfParameters parameters, int outputLength) {
        if (!parameters.withinCaps()) {
            throw new IllegalArgumentException("KDF parameters outside the accepted range");
        }
        return rawUnchecked(password, parameters.salt(), parameters.memoryKiB(), parameters.iterations(),
                parameters.lanes(), null, null, outputLength, null);
    }

    static byte[] rawUnchecked(byte[] password, byte[] salt, int memoryKiB, int iterations, int lanes,
            byte[] secret, byte[] additional, int outputLength, KdfMemory memory) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(lanes);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (additional != null) {
            builder.withAdditional(additional);
        }
        if (memory != null) {
            builder.withBlockPool(memory.blocks());
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[outputLength];
        generator.generateBytes(password, out);
        return out;
    }

    /** UTF-8 bytes of the NFC form; avoids making a String when the input is already NFC. */
    static byte[] nfcUtf8(char[] passphrase) {
        CharBuffer chars = CharBuffer.wrap(passphrase);
        CharSequence normalised = Normalizer.isNormalized(chars, Normalizer.Form.NFC)
                ? chars : Normalizer.normalize(chars, Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(normalised));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
