package nestling.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoLockSettingTest {
    private static final char[] PASS = "sleepy panda nightlight".toCharArray();

    @TempDir
    Path dir;

    @Test
    void defaultsToFifteenMinutesAndIsKeptInTheVault() throws Exception {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        try (VaultSession session = VaultSession.create(dir, PASS, options)) {
            AutoLockSetting setting = new AutoLockSetting(new SettingsRepository(session.database()));
            assertEquals(15, setting.minutes());
            setting.store(5);
            assertThrows(IllegalArgumentException.class, () -> setting.store(-1));
            session.lock();
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS, options)) {
            assertEquals(5, new AutoLockSetting(new SettingsRepository(session.database())).minutes());
        }
    }

    @Test
    void oddStoredValuesFallBackToTheDefault() {
        assertEquals(15, AutoLockSetting.parse(Optional.of("soon")));
        assertEquals(15, AutoLockSetting.parse(Optional.of("-3")));
        assertEquals(0, AutoLockSetting.parse(Optional.of("0")));
        assertEquals(30, AutoLockSetting.parse(Optional.of(" 30 ")));
    }
}
