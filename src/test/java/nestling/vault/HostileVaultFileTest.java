package nestling.vault;

import static nestling.testsupport.HostileFiles.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nestling.testsupport.HostileFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stands at {@code nestling.vault} may be anything: a pipe, a link to {@code /dev/zero}, a
 * file gigabytes long. Each is answered as damage (exit 4) in under a second, after reading at most
 * the header, never hanging and never running out of memory.
 */
class HostileVaultFileTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    /** Generous for work of milliseconds on a busy machine; reading 1.5 GiB, or a pipe, takes far longer. */
    private static final Duration QUICKLY = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void aVault() throws Exception {
        Vault.create(dir, PASS, "the family's records".getBytes(StandardCharsets.UTF_8), VaultTest.options()).close();
        file = Vault.vaultFile(dir);
    }

    @Test
    void aPipeInPlaceOfTheVaultFileIsDamageNotAHang() throws Exception {
        Files.delete(file);
        HostileFiles.fifo(file);
        assertEquals(VaultProblem.NOT_A_FILE, refusedQuickly());
        assertEquals(VaultProblem.NOT_A_FILE, assertThrows(VaultException.class, () -> Vault.inspect(file)).problem());
    }

    @Test
    void aLinkToDevZeroIsDamageNotAnEndlessRead() throws Exception {
        Files.delete(file);
        HostileFiles.linkToDevZero(file);
        VaultProblem problem = refusedQuickly();
        assertEquals(VaultProblem.NOT_A_FILE, problem);
        assertTrue(problem.isDamage(), "the unlock screen offers the snapshots");
        assertEquals(4, problem.exitCode());
        assertTrue(problem.message().contains("not an ordinary file"), problem.message());
        Files.delete(file); // the link, so the cleanup does not warn about its target
    }

    @Test
    void aVaultFileLongerThanItsHeaderSaysIsRefusedBeforeTheRestIsRead() throws Exception {
        for (long length : new long[] {GIB + GIB / 2, 2 * GIB + GIB / 2}) {
            HostileFiles.sparse(file, length);
            VaultProblem problem = refusedQuickly();
            assertTrue(problem.isDamage(), length + " bytes: " + problem);
            assertEquals(4, problem.exitCode());
        }
    }

    @Test
    void gigabytesOfZerosAreNotAVault() throws Exception {
        Files.delete(file);
        Files.createFile(file);
        HostileFiles.sparse(file, 2 * GIB + GIB / 2);
        assertEquals(VaultProblem.NOT_A_VAULT, refusedQuickly());
    }

    @Test
    void aHeaderDeclaringMoreThanAnyVaultHoldsIsDamageBeforeAnythingElseIsRead() throws Exception {
        byte[] header = Files.readAllBytes(file);
        ByteBuffer.wrap(header).putLong(102, 3 * GIB); // payload length: more than one Java array holds
        rehash(header);
        Files.write(file, header);
        HostileFiles.sparse(file, VaultHeader.LENGTH + 3 * GIB + (3 * GIB / VaultHeader.DEFAULT_CHUNK) * 16);
        assertEquals(VaultProblem.HEADER_DAMAGED, refusedQuickly());
    }

    @Test
    void aHeaderAskingArgon2idForAGigabyteAndTwentyPassesIsRefusedBeforeArgon2idRuns() throws Exception {
        byte[] vault = Files.readAllBytes(file);
        ByteBuffer fields = ByteBuffer.wrap(vault);
        fields.putInt(16, 1024 * 1024); // memory, KiB: 1 GiB
        fields.putInt(20, 20); // passes
        rehash(vault); // as a hostile writer would: the header hash is unkeyed
        Files.write(file, vault);
        VaultProblem problem = refusedQuickly();
        assertEquals(VaultProblem.UNREASONABLE_KDF, problem);
        assertTrue(problem.message().contains("damaged or was not made by Nestling"), problem.message());
    }

    /** Opens with the right passphrase and returns the problem, failing if that took a second or more. */
    private VaultProblem refusedQuickly() {
        return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(VaultException.class,
                () -> Vault.open(dir, PASS, VaultTest.options()).vault().close()).problem());
    }

    private static void rehash(byte[] file) {
        byte[] hash = VaultCodec.sha256(file, 0, VaultHeader.HASH_OFFSET);
        System.arraycopy(hash, 0, file, VaultHeader.HASH_OFFSET, hash.length);
    }
}
