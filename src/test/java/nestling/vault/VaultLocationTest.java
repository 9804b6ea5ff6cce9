package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultLocationTest {
    private final Path home = Path.of("/home/parent");

    @Test
    void flagWinsOverEnvironment() {
        assertEquals(Path.of("/data/v"), VaultLocation.resolve(Path.of("/data/v"),
                Map.of("NESTLING_HOME", "/elsewhere"), "Linux", home));
    }

    @Test
    void nestlingHomeWinsOverTheOsDefault() {
        assertEquals(Path.of("/elsewhere"), VaultLocation.resolve(null, Map.of("NESTLING_HOME", "/elsewhere"), "Linux", home));
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertEquals(Path.of("/x/nestling"), VaultLocation.resolve(null, Map.of("XDG_DATA_HOME", "/x"), "Linux", home));
        assertEquals(Path.of("/home/parent/.local/share/nestling"), VaultLocation.resolve(null, Map.of(), "Linux", home));
        assertEquals(Path.of("/home/parent/.local/share/nestling"),
                VaultLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", home), "XDG says relative paths are ignored");
    }

    @Test
    void macAndWindowsUseTheirUsualFolders() {
        assertEquals(Path.of("/home/parent/Library/Application Support/Nestling"),
                VaultLocation.resolve(null, Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/appdata/Nestling"), VaultLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", home));
    }
}
