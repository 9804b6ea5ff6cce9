package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corruption matrix: whatever happens to a file, Nestling says "damaged" (never "wrong
 * passphrase") and never hands out altered data.
 */
class VaultCodecTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static KdfParameters kdf;
    private static MasterKey key;
    private static byte[] image;
    private static byte[] sealed;

    @BeforeAll
    static void sealOnce() {
        kdf = TestKdf.cheap(RANDOM);
        key = TestKdf.key("correct horse battery", kdf);
        image = new byte[3 * VaultHeader.DEFAULT_CHUNK + 1234];
        new Random(7).nextBytes(image);
        sealed = VaultCodec.seal(image, key, kdf, 42, RANDOM);
    }

    private static VaultProblem problemOpening(byte[] file) {
        VaultException e = assertThrows(VaultException.class, () -> {
            VaultHeader header = VaultCodec.inspect(file);
            VaultCodec.open(file, header, key);
        });
        return e.problem();
    }

    @Test
    void roundTripsAndRecordsGeneration() throws Exception {
        VaultHeader header = VaultCodec.inspect(sealed);
        assertEquals(42, header.generation());
        assertEquals(4, header.chunkCount());
        assertArrayEquals(image, VaultCodec.open(sealed, header, key));
    }

    @Test
    void emptyAndExactMultiplePayloadsRoundTrip() throws Exception {
        for (int length : new int[] {0, 1, VaultHeader.DEFAULT_CHUNK, 2 * VaultHeader.DEFAULT_CHUNK}) {
            byte[] plain = new byte[length];
            RANDOM.nextBytes(plain);
            byte[] file = VaultCodec.seal(plain, key, kdf, 1, RANDOM);
            assertArrayEquals(plain, VaultCodec.open(file, VaultCodec.inspect(file), key), "length " + length);
        }
    }

    @Test
    void everySaveUsesAFreshSeedSoCiphertextsDiffer() {
        byte[] again = VaultCodec.seal(image, key, kdf, 42, RANDOM);
        assertNotEquals(ByteBuffer.wrap(sealed, VaultHeader.LENGTH, 64), ByteBuffer.wrap(again, VaultHeader.LENGTH, 64));
    }

    @Test
    void wrongPassphraseIsToldApart() throws Exception {
        VaultHeader header = VaultCodec.inspect(sealed);
        try (MasterKey wrong = TestKdf.key("correct horse batterY", kdf)) {
            VaultException e = assertThrows(VaultException.class, () -> VaultCodec.open(sealed, header, wrong));
            assertEquals(VaultProblem.WRONG_PASSPHRASE, e.problem());
        }
    }

    @Test
    void everyHeaderByteFlippedIsDamageNeverWrongPassphrase() {
        for (int i = 0; i < VaultHeader.LENGTH; i++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] file = sealed.clone();
                file[i] ^= (byte) bit;
                VaultProblem problem = problemOpening(file);
                assertTrue(problem.isDamage(), "byte " + i + " bit " + bit + " gave " + problem);
            }
        }
    }

    @Test
    void sampledBodyBytesFlippedAreBodyDamage() {
        Random random = new Random(11);
        for (int n = 0; n < 300; n++) {
            byte[] file = sealed.clone();
            int at = VaultHeader.LENGTH + random.nextInt(file.length - VaultHeader.LENGTH);
            file[at] ^= (byte) (1 << random.nextInt(8));
            assertEquals(VaultProblem.BODY_DAMAGED, problemOpening(file), "offset " + at);
        }
    }

    @Test
    void truncationAtEveryChunkBoundaryAndInsideIsDamage() {
        List<Integer> cuts = new ArrayList<>(List.of(1, 5, 8, 13, 100, VaultHeader.LENGTH - 1, VaultHeader.LENGTH,
                sealed.length - 1, sealed.length - 16));
        int chunkWithTag = VaultHeader.DEFAULT_CHUNK + ChunkedCipher.TAG_BYTES;
        for (int k = 1; k <= 4; k++) {
            int boundary = VaultHeader.LENGTH + k * chunkWithTag;
            if (boundary < sealed.length) {
                cuts.add(boundary);
                cuts.add(boundary - 1);
                cuts.add(boundary + 1);
            }
        }
        for (int cut : cuts) {
            VaultProblem problem = problemOpening(Arrays.copyOf(sealed, cut));
            assertEquals(VaultProblem.TRUNCATED, problem, "cut at " + cut);
        }
    }

    @Test
    void swappedChunksAndAppendedJunkAreDamage() {
        int chunkWithTag = VaultHeader.DEFAULT_CHUNK + ChunkedCipher.TAG_BYTES;
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, VaultHeader.LENGTH, swapped, VaultHeader.LENGTH + chunkWithTag, chunkWithTag);
        System.arraycopy(sealed, VaultHeader.LENGTH + chunkWithTag, swapped, VaultHeader.LENGTH, chunkWithTag);
        assertEquals(VaultProblem.BODY_DAMAGED, problemOpening(swapped));

        // found before the passphrase is tried, so it cannot be "the passphrase is right, but …"
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 10);
        assertEquals(VaultProblem.TOO_LONG, problemOpening(longer));
        assertTrue(VaultProblem.TOO_LONG.isDamage());
    }

    @Test
    void chunksFromAnotherSaveCannotBeSplicedIn() {
        byte[] other = VaultCodec.seal(image, key, kdf, 42, RANDOM);
        byte[] spliced = sealed.clone();
        int chunkWithTag = VaultHeader.DEFAULT_CHUNK + ChunkedCipher.TAG_BYTES;
        System.arraycopy(other, VaultHeader.LENGTH + chunkWithTag, spliced, VaultHeader.LENGTH + chunkWithTag, chunkWithTag);
        assertEquals(VaultProblem.BODY_DAMAGED, problemOpening(spliced));
    }

    @Test
    void otherFilesAreNotAVaultAndNewerFormatsAreNamed() {
        assertEquals(VaultProblem.NOT_A_VAULT, problemOpening("SQLite format 3\0 and so on".getBytes()));
        assertEquals(VaultProblem.NOT_A_VAULT, problemOpening(new byte[0]));
        assertEquals(VaultProblem.TRUNCATED, problemOpening(Arrays.copyOf(VaultHeader.MAGIC, 5)));

        byte[] newer = sealed.clone();
        newer[VaultHeader.OFFSET_MIN_READER + 1] = 2;
        rehash(newer);
        assertEquals(VaultProblem.NEWER_FORMAT, problemOpening(newer));
    }

    @Test
    void hostileKdfSettingsAreRejectedBeforeAnyWork() {
        int[][] hostile = {
            {0xFFFF_FFFF, 3, 1},        // 4 TiB of memory
            {4 * 1024 * 1024, 3, 1},    // 4 GiB
            {65536, Integer.MAX_VALUE, 1},
            {65536, 1 << 31 >>> 1, 1},
            {65536, 3, 255},
            {1, 3, 1},
            {1024 * 1024, 20, 1},       // 1 GiB and 20 passes: minutes before "wrong passphrase"
            {65536 + 1, 5, 1},          // one step over what Nestling writes, in each setting
            {65536, 6, 1},
            {65536, 5, 2},
        };
        for (int[] settings : hostile) {
            byte[] file = sealed.clone();
            ByteBuffer fields = ByteBuffer.wrap(file);
            fields.put(15, (byte) settings[2]);
            fields.putInt(16, settings[0]);
            fields.putInt(20, settings[1]);
            rehash(file);
            long start = System.nanoTime();
            VaultException e = assertThrows(VaultException.class, () -> VaultCodec.inspect(file));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(VaultProblem.UNREASONABLE_KDF, e.problem(), Arrays.toString(settings));
            assertTrue(millis < 50, "rejected in " + millis + " ms");
        }
    }

    @Test
    void theSettingsNestlingEverWroteAreWithinTheCaps() {
        byte[] salt = new byte[KdfParameters.SALT_BYTES];
        assertTrue(new KdfParameters(KdfParameters.DEFAULT_MEMORY_KIB, KdfParameters.DEFAULT_ITERATIONS,
                KdfParameters.DEFAULT_LANES, salt).withinCaps(), "today's defaults");
        assertTrue(new KdfParameters(64 * 1024, 3, 1, salt).withinCaps(), "earlier builds: 3 passes");
        assertTrue(TestKdf.cheap(RANDOM).withinCaps(), "the tests' cheap settings");
    }

    /** Recomputes the unkeyed header hash, as an attacker (or a future version) could. */
    private static void rehash(byte[] file) {
        byte[] hash = VaultCodec.sha256(file, 0, VaultHeader.HASH_OFFSET);
        System.arraycopy(hash, 0, file, VaultHeader.HASH_OFFSET, hash.length);
    }
}
