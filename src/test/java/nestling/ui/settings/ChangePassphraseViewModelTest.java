package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import nestling.vault.VaultException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ChangePassphraseViewModelTest {
    private static final String FRESH = "quiet moon cradle song";

    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private ChangePassphraseViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        model = onFx(() -> new ChangePassphraseViewModel(ui.context, session));
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    private void fill(String current, String fresh, String again) {
        fx(() -> {
            model.currentProperty().set(current);
            model.freshProperty().set(fresh);
            model.confirmationProperty().set(again);
        });
    }

    @Test
    void needsTheCurrentPassphraseAndAStrongEnoughNewOneTypedTwice() {
        fill("", FRESH, FRESH);
        assertFalse(model.canChange().get());
        fill(PASS, "short", "short");
        assertFalse(model.canChange().get());
        assertTrue(model.strengthHintProperty().get().startsWith("Too short"));
        fill(PASS, FRESH, FRESH + "!");
        assertFalse(model.canChange().get());
        assertFalse(model.mismatchProperty().get().isEmpty());
        fill(PASS, FRESH, FRESH);
        assertTrue(model.canChange().get());
    }

    @Test
    void aWrongCurrentPassphraseChangesNothing() throws Exception {
        fill("not the current one", FRESH, FRESH);
        fx(model::change);
        waitUntil("refused", () -> !model.busyProperty().get() && !model.errorProperty().get().isEmpty());
        assertEquals("The current passphrase is not right.", model.errorProperty().get());
        assertFalse(model.doneProperty().get());
        assertTrue(session.isCurrentPassphrase(PASS.toCharArray()));
    }

    @Test
    void reKeysTheVaultSoOnlyTheNewPassphraseOpensIt() throws Exception {
        fill(PASS, FRESH, FRESH);
        fx(() -> {
            model.change();
            assertEquals("", model.currentProperty().get(), "fields cleared at once");
            assertEquals("", model.freshProperty().get());
        });
        waitUntil("changed", () -> model.doneProperty().get());
        session.lock();
        assertThrows(VaultException.class, () -> VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions()));
        session = VaultSession.unlock(dir, FRESH.toCharArray(), ui.context.vaultOptions());
    }
}
