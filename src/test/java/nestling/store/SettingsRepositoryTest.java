package nestling.store;

import static nestling.store.StoreTestSupport.PASS;
import static nestling.store.StoreTestSupport.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void storesReplacesAndKeepsValuesAcrossLocking() throws Exception {
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            SettingsRepository settings = new SettingsRepository(session.database());
            assertEquals(Optional.empty(), settings.get("ui.autoLockMinutes"));
            settings.put("ui.autoLockMinutes", "15");
            settings.put("ui.autoLockMinutes", "5");
            settings.put("ui.theme", "night");
            assertEquals(Optional.of("5"), settings.get("ui.autoLockMinutes"));
            session.lock();
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
            SettingsRepository settings = new SettingsRepository(session.database());
            assertEquals(Optional.of("5"), settings.get("ui.autoLockMinutes"));
            assertEquals(Optional.of("night"), settings.get("ui.theme"));
        }
    }
}
