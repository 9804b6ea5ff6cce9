package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nestling.vault.InboxRecord.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox file: sealed records only the vault's private key opens; every kind of damage refused by name. */
class InboxFileTest {
    @TempDir
    Path dir;

    private final InboxKeys keys = InboxKeys.generate();

    private void append(String... texts) throws Exception {
        for (String text : texts) {
            InboxFile.append(dir, keys.publicKey(), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private InboxFile.Reading read(InboxKeys with) throws Exception {
        try (InboxFile.Locked inbox = InboxFile.lockForMerge(dir).orElseThrow()) {
            return inbox.read(with);
        }
    }

    private static List<String> texts(InboxFile.Reading reading) {
        return reading.opened().stream().map(o -> new String(o.plaintext(), StandardCharsets.UTF_8)).toList();
    }

    private static List<Refusal> refusals(InboxFile.Reading reading) {
        return reading.refused().stream().map(InboxFile.Refused::refusal).toList();
    }

    private int recordLength(String text) {
        return InboxRecord.HEADER + text.getBytes(StandardCharsets.UTF_8).length + InboxRecord.TAG;
    }

    @Test
    void onlyTheVaultsPrivateKeyOpensARecord() throws Exception {
        append("wet diaper at 03:10");
        assertEquals(List.of("wet diaper at 03:10"), texts(read(keys)));
        assertFalse(new String(Files.readAllBytes(InboxFile.path(dir)), StandardCharsets.ISO_8859_1).contains("diaper"));

        assertEquals(List.of(Refusal.FOREIGN_KEY), refusals(read(InboxKeys.generate())), "another vault's key");
        // a different private key that claims this key id (and public key) still cannot open it
        InboxKeys impostor = new InboxKeys(InboxKeys.generate().privateKey(), keys.publicKey());
        InboxFile.Reading byImpostor = read(impostor);
        assertEquals(List.of(Refusal.DAMAGED), refusals(byImpostor));
        assertTrue(byImpostor.opened().isEmpty());
    }

    @Test
    void tamperedTruncatedReorderedAndForeignRecordsAreRefusedByNameAndTheRestRead() throws Exception {
        append("r-1", "r-2", "r-3", "r-4");
        byte[] file = Files.readAllBytes(InboxFile.path(dir));
        int len = recordLength("r-1");

        byte[] tampered = file.clone();
        tampered[len + InboxRecord.HEADER] ^= 1; // a ciphertext byte of "r-2"
        Files.write(InboxFile.path(dir), tampered);
        InboxFile.Reading reading = read(keys);
        assertEquals(List.of("r-1", "r-3", "r-4"), texts(reading));
        assertEquals(List.of(Refusal.DAMAGED), refusals(reading));

        byte[] headerChanged = file.clone();
        headerChanged[len + 30] ^= 1; // the ephemeral key in the header of "r-2"
        Files.write(InboxFile.path(dir), headerChanged);
        assertEquals(List.of(Refusal.DAMAGED), refusals(read(keys)));

        // "r-2" cut short in the middle of the file
        byte[] truncated = concat(Arrays.copyOfRange(file, 0, len + len - 5), Arrays.copyOfRange(file, 2 * len, file.length));
        Files.write(InboxFile.path(dir), truncated);
        reading = read(keys);
        assertEquals(List.of("r-1", "r-3", "r-4"), texts(reading), "the next record is found after the cut");
        assertEquals(List.of(Refusal.DAMAGED), refusals(reading));

        // "r-2" and "r-3" swapped
        byte[] reordered = concat(Arrays.copyOfRange(file, 0, len), Arrays.copyOfRange(file, 2 * len, 3 * len),
                Arrays.copyOfRange(file, len, 2 * len), Arrays.copyOfRange(file, 3 * len, file.length));
        Files.write(InboxFile.path(dir), reordered);
        reading = read(keys);
        assertEquals(List.of("r-1"), texts(reading));
        assertEquals(List.of(Refusal.OUT_OF_ORDER, Refusal.OUT_OF_ORDER, Refusal.OUT_OF_ORDER), refusals(reading));

        // a record sealed to another vault's key, appended in the chain
        Files.write(InboxFile.path(dir), file);
        InboxFile.append(dir, InboxKeys.generate().publicKey(), "forged".getBytes(StandardCharsets.UTF_8));
        append("r-5");
        reading = read(keys);
        assertEquals(List.of("r-1", "r-2", "r-3", "r-4", "r-5"), texts(reading));
        assertEquals(List.of(Refusal.FOREIGN_KEY), refusals(reading));

        // junk in the middle
        Files.write(InboxFile.path(dir), concat(Arrays.copyOfRange(file, 0, len), "junk!".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(file, len, file.length)));
        reading = read(keys);
        assertEquals(List.of("r-1", "r-2", "r-3", "r-4"), texts(reading), "the link is unknown after junk");
        assertEquals(List.of(Refusal.UNREADABLE), refusals(reading));
    }

    @Test
    void aTornLastRecordIsIgnoredAndCutOffByTheNextAppend() throws Exception {
        append("one", "two");
        byte[] file = Files.readAllBytes(InboxFile.path(dir));
        // a kill mid-append, simulated at every byte of the last record: the acknowledged one stays,
        // the torn one is ignored, and the next append (acknowledged in its turn) follows cleanly
        for (int cut = 1; cut < recordLength("two"); cut++) {
            Files.write(InboxFile.path(dir), Arrays.copyOf(file, recordLength("one") + cut));
            InboxFile.Reading reading = read(keys);
            assertEquals(List.of("one"), texts(reading), "cut at " + cut);
            assertTrue(reading.refused().isEmpty() && reading.tornTail(), "cut at " + cut);
            if (cut % 16 == 1) { // an append after the cut (each seals and fsyncs: every sixteenth is enough)
                append("three");
                assertEquals(List.of("one", "three"), texts(read(keys)), "appended after a cut at " + cut);
            }
        }
        Files.write(InboxFile.path(dir), Arrays.copyOf(file, recordLength("one") + 3));
        append("three");
        InboxFile.Reading reading = read(keys);
        assertEquals(List.of("one", "three"), texts(reading));
        assertTrue(reading.refused().isEmpty() && !reading.tornTail());

        // a tail of zeros (the file grown but not written when the power went) is torn too
        Files.write(InboxFile.path(dir), concat(Files.readAllBytes(InboxFile.path(dir)), new byte[40]));
        assertTrue(read(keys).tornTail());
        assertTrue(read(keys).refused().isEmpty());
    }

    @Test
    void theKeyFileHoldsThePublicKeyAndRefusesDamage() throws Exception {
        InboxKeyFile.write(dir, keys.publicKey());
        assertArrayEquals(keys.publicKey(), InboxKeyFile.read(dir).orElseThrow());
        byte[] bytes = Files.readAllBytes(InboxKeyFile.path(dir));
        bytes[20] ^= 1;
        Files.write(InboxKeyFile.path(dir), bytes);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> InboxKeyFile.read(dir))
                .getMessage().contains("damaged"));
    }

    /** Opens a record from docs/vault-format.md section 10 alone: XDH, HMAC-SHA256 as HKDF, AES-GCM. */
    @Test
    void aRecordOpensByTheDocumentedStepsAlone() throws Exception {
        append("as documented");
        byte[] record = Files.readAllBytes(InboxFile.path(dir));
        byte[] header = Arrays.copyOf(record, 77);
        assertArrayEquals(keys.id(), Arrays.copyOfRange(header, 9, 25));
        byte[] ephemeral = Arrays.copyOfRange(header, 25, 57);
        int length = java.nio.ByteBuffer.wrap(header, 73, 4).getInt();
        assertEquals(record.length - 77, length);
        javax.crypto.KeyAgreement xdh = javax.crypto.KeyAgreement.getInstance("XDH");
        xdh.init(InboxKeys.privateKey(keys.privateKey()));
        xdh.doPhase(InboxKeys.publicKey(ephemeral), true);
        byte[] shared = xdh.generateSecret();
        javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
        hmac.init(new javax.crypto.spec.SecretKeySpec(concat(ephemeral, keys.publicKey()), "HmacSHA256"));
        byte[] prk = hmac.doFinal(shared);
        hmac.init(new javax.crypto.spec.SecretKeySpec(prk, "HmacSHA256"));
        byte[] key = hmac.doFinal(concat("nestling/v1/inbox-record".getBytes(StandardCharsets.US_ASCII), new byte[] {1}));
        javax.crypto.Cipher gcm = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, new byte[12]));
        gcm.updateAAD(header);
        assertEquals("as documented", new String(gcm.doFinal(record, 77, length), StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        int total = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
