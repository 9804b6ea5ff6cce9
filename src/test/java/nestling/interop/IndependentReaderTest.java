package nestling.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nestling.store.VaultSession;
import nestling.testsupport.EntryRows;
import nestling.vault.VaultOptions;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

/**
 * Proof that docs/vault-format.md is enough to read a vault: {@link Reader} below follows only that
 * document (section numbers in the comments), with the JDK, BouncyCastle's Argon2id and SQLite —
 * no Nestling vault class — and opens a file Nestling wrote. Nestling is used only to write it.
 */
class IndependentReaderTest {
    private static final String PASS = "Crème brûlée 42"; // non-ASCII: exercises the NFC/UTF-8 rule

    @TempDir
    Path dir;

    private Path vaultFile;

    @BeforeEach
    void nestlingWritesAVault() throws Exception {
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            session.database().write(c -> {
                for (int i = 0; i < 2000; i++) { // > 64 KiB, so several chunks
                    EntryRows.note(c, "independent reader note " + i);
                }
                return null;
            });
            session.flush();
        }
        vaultFile = dir.resolve("nestling.vault");
    }

    @Test
    void aReaderWrittenFromTheDocumentOpensTheVault() throws Exception {
        Reader.Result result = Reader.open(Files.readAllBytes(vaultFile), PASS);
        assertTrue(result.chunks() > 1, "several chunks: " + result.chunks());
        assertEquals(2, result.generation(), "create saved generation 1, the flush generation 2");
        assertArrayEquals("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(result.payload(), 16));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            connection.unwrap(SQLiteConnection.class).deserialize("main", result.payload());
            try (Statement statement = connection.createStatement()) {
                assertEquals("ok", single(statement, "PRAGMA quick_check"));
                assertEquals(String.valueOf(nestling.store.Migrations.latestVersion()), single(statement, "PRAGMA user_version"));
                assertEquals("2000", single(statement, "SELECT count(*) FROM entry WHERE type = 'note'"));
                assertEquals("1", single(statement,
                        "SELECT count(*) FROM entry WHERE json_extract(data, '$.text') = 'independent reader note 1999'"));
            }
        }
    }

    @Test
    void theDocumentedChecksTellAWrongPassphraseFromDamage() throws Exception {
        byte[] file = Files.readAllBytes(vaultFile);
        assertEquals("wrong passphrase", assertThrows(IllegalStateException.class,
                () -> Reader.open(file, "not the passphrase")).getMessage());
        byte[] header = file.clone();
        header[30] ^= 1;
        assertEquals("header damaged", assertThrows(IllegalStateException.class, () -> Reader.open(header, PASS)).getMessage());
        byte[] body = file.clone();
        body[file.length - 20] ^= 1;
        assertEquals("body damaged", assertThrows(IllegalStateException.class, () -> Reader.open(body, PASS)).getMessage());
        assertEquals("truncated", assertThrows(IllegalStateException.class,
                () -> Reader.open(Arrays.copyOf(file, file.length - 1), PASS)).getMessage());
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A vault reader from docs/vault-format.md alone. */
    static final class Reader {
        record Result(long generation, int chunks, byte[] payload) {
        }

        static Result open(byte[] file, String passphrase) throws GeneralSecurityException {
            // §3: magic, lengths, the unkeyed hash first
            byte[] magic = {(byte) 0x89, 0x4E, 0x45, 0x53, 0x54, 0x0D, 0x0A, 0x1A};
            if (file.length < 176 || !Arrays.equals(file, 0, 8, magic, 0, 8)) {
                throw new IllegalStateException("not a vault or truncated");
            }
            ByteBuffer h = ByteBuffer.wrap(file); // big-endian by default, as the document says
            int headerLength = Short.toUnsignedInt(h.getShort(12));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(file, headerLength - 32));
            if (!MessageDigest.isEqual(hash, Arrays.copyOfRange(file, headerLength - 32, headerLength))) {
                throw new IllegalStateException("header damaged");
            }
            if (Short.toUnsignedInt(h.getShort(10)) > 1) {
                throw new IllegalStateException("newer format");
            }
            int lanes = Byte.toUnsignedInt(h.get(15));
            int memoryKiB = h.getInt(16);
            int iterations = h.getInt(20);
            int saltLength = Byte.toUnsignedInt(h.get(24));
            byte[] salt = Arrays.copyOfRange(file, 25, 25 + saltLength);
            int chunkSize = h.getInt(58);
            byte[] seed = Arrays.copyOfRange(file, 62, 94);
            long generation = h.getLong(94);
            long payloadLength = h.getLong(102);
            byte[] fields = Arrays.copyOf(file, 112);
            if (h.get(14) != 1 || h.get(57) != 1 || memoryKiB > 65536 || iterations > 5 || lanes > 1) {
                throw new IllegalStateException("unsupported or hostile header");
            }
            int chunks = (int) Math.max(1, (payloadLength + chunkSize - 1) / chunkSize);
            if (file.length != 176 + payloadLength + 16L * chunks) {
                throw new IllegalStateException(file.length < 176 + payloadLength + 16L * chunks ? "truncated" : "body damaged");
            }

            // §4: Argon2id over the NFC UTF-8 passphrase, then HKDF-SHA256 written out by hand
            byte[] password = Normalizer.normalize(passphrase, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
            Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
            argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(0x13).withSalt(salt).withMemoryAsKB(memoryKiB)
                    .withIterations(iterations).withParallelism(lanes).build());
            byte[] master = new byte[32];
            argon2.generateBytes(password, master);
            byte[] prk = hmac(seed, master);
            byte[] encryptionKey = hmac(prk, concat("nestling/v1/body-encryption".getBytes(StandardCharsets.US_ASCII), 1));
            byte[] checkKey = hmac(prk, concat("nestling/v1/header-check".getBytes(StandardCharsets.US_ASCII), 1));

            // §5 step 15: the keyed check of the fields
            if (!MessageDigest.isEqual(hmac(checkKey, fields), Arrays.copyOfRange(file, 112, 144))) {
                throw new IllegalStateException("wrong passphrase");
            }

            // §4: chunks with nonce = 11-byte big-endian index ‖ last flag, the fields as AAD
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            List<byte[]> pieces = new ArrayList<>();
            int at = 176;
            for (int i = 0; i < chunks; i++) {
                int plainLength = (int) Math.min(chunkSize, payloadLength - (long) i * chunkSize);
                byte[] nonce = ByteBuffer.allocate(12).put(3, longBytes(i)).put(11, (byte) (i == chunks - 1 ? 1 : 0)).array();
                gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(128, nonce));
                gcm.updateAAD(fields);
                try {
                    pieces.add(gcm.doFinal(file, at, plainLength + 16));
                } catch (AEADBadTagException e) {
                    throw new IllegalStateException("body damaged");
                }
                at += plainLength + 16;
            }
            ByteBuffer payload = ByteBuffer.allocate((int) payloadLength);
            pieces.forEach(payload::put);
            return new Result(generation, chunks, payload.array());
        }

        private static byte[] longBytes(long value) {
            return ByteBuffer.allocate(8).putLong(value).array();
        }

        private static byte[] hmac(byte[] key, byte[] message) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        }

        private static byte[] concat(byte[] bytes, int lastByte) {
            byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
            out[bytes.length] = (byte) lastByte;
            return out;
        }
    }
}
