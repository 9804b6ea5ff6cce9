package nestling.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nestling.vault.VaultWarmup;
import org.junit.jupiter.api.Test;

/** The work done beside an unlock's key derivation runs through, on throwaway data. */
class UnlockWarmupTest {
    @Test
    void sealsAndOpensAThrowawayFileAndOpensAThrowawayDatabase() {
        assertDoesNotThrow(VaultWarmup::run, "a file just sealed opens again");
        assertTrue(UnlockWarmup.run(), "every part of the warm-up ran");
    }
}
