package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedFileTest {
    private static final VaultOptions FAST = VaultOptions.defaults().withFastKdfForTests();
    private static final byte[] PAYLOAD = "{\"format\":\"nestling-backup\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theVaultsBorrowedKeySealsAFileThatTheSamePassphraseOpens() throws Exception {
        try (Vault vault = Vault.create(dir, "vault passphrase".toCharArray(), new byte[] {1}, FAST)) {
            SealedFile.Key key = vault.currentKey();
            byte[] sealed = SealedFile.seal(PAYLOAD, key, new SecureRandom());
            assertTrue(SealedFile.looksSealed(sealed));
            assertTrue(SealedFile.sameSettings(sealed, key));
            assertArrayEquals(PAYLOAD, SealedFile.open(sealed, key));
            assertArrayEquals(PAYLOAD, SealedFile.open(sealed, "vault passphrase".toCharArray()));
            key.close(); // borrowed: must not wipe the vault's key
            vault.save(new byte[] {2});
        }
    }

    @Test
    void aSeparateKeyHasItsOwnSaltAndOtherPassphrasesFail() throws Exception {
        try (SealedFile.Key a = SealedFile.newKey("first phrase".toCharArray(), FAST);
                SealedFile.Key b = SealedFile.newKey("first phrase".toCharArray(), FAST)) {
            byte[] sealed = SealedFile.seal(PAYLOAD, a, new SecureRandom());
            assertFalse(SealedFile.sameSettings(sealed, b), "fresh salt per key");
            assertEquals(VaultProblem.WRONG_PASSPHRASE,
                    assertThrows(VaultException.class, () -> SealedFile.open(sealed, b)).problem());
            assertEquals(VaultProblem.WRONG_PASSPHRASE,
                    assertThrows(VaultException.class, () -> SealedFile.open(sealed, "other phrase".toCharArray())).problem());
            assertArrayEquals(PAYLOAD, SealedFile.open(sealed, "first phrase".toCharArray()));
        }
    }
}
