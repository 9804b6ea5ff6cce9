package nestling.ui.unlock;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import nestling.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class CreateVaultViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private final AtomicReference<VaultSession> created = new AtomicReference<>();
    private CreateVaultViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        ui = new UiTesting(dir);
        model = onFx(() -> new CreateVaultViewModel(ui.context, created::set));
    }

    @AfterEach
    void tearDown() {
        if (created.get() != null) {
            created.get().close();
        }
        ui.context.tasks().close();
    }

    @Test
    void createIsOnlyPossibleWithALongEnoughPassphraseTypedTwice() {
        fx(() -> model.passphraseProperty().set("short"));
        assertTrue(model.strengthHintProperty().get().startsWith("Too short"));
        assertFalse(model.canCreate().get());
        fx(() -> model.passphraseProperty().set(PASS));
        assertEquals("Strength: strong.", model.strengthHintProperty().get());
        assertFalse(model.canCreate().get(), "not confirmed yet");
        assertEquals("", model.mismatchProperty().get(), "no scolding before the second field is touched");
        fx(() -> model.confirmationProperty().set(PASS + "x"));
        assertEquals("The two passphrases are not the same yet.", model.mismatchProperty().get());
        assertFalse(model.canCreate().get());
        fx(() -> model.confirmationProperty().set(PASS));
        assertEquals("", model.mismatchProperty().get());
        assertTrue(model.canCreate().get());
    }

    @Test
    void createsTheVaultInTheBackgroundAndClearsTheFields() throws Exception {
        fx(() -> {
            model.passphraseProperty().set(PASS);
            model.confirmationProperty().set(PASS);
            model.create();
            assertTrue(model.busyProperty().get(), "busy while the key is derived");
            assertEquals("", model.passphraseProperty().get());
            assertEquals("", model.confirmationProperty().get());
        });
        waitUntil("created", () -> created.get() != null);
        assertFalse(model.busyProperty().get());
        assertTrue(Vault.exists(dir));
        created.getAndSet(null).lock();
        VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions()).close();
    }

    @Test
    void anExistingVaultIsNeverOverwritten() throws Exception {
        VaultSession.create(dir, "another family passphrase".toCharArray(), ui.context.vaultOptions()).close();
        fx(() -> {
            model.passphraseProperty().set(PASS);
            model.confirmationProperty().set(PASS);
            model.create();
        });
        waitUntil("refused", () -> !model.errorProperty().get().isEmpty());
        assertTrue(model.errorProperty().get().contains("already exists"), model.errorProperty().get());
        assertEquals(null, created.get());
    }
}
