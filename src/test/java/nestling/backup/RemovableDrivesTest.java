package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemovableDrivesTest {
    @TempDir
    Path root;

    @Test
    void linuxOffersTheUsersMountsUnderMediaAndRunMedia() throws Exception {
        Path stick = Files.createDirectories(root.resolve("media/alice/STICK"));
        Path card = Files.createDirectories(root.resolve("run/media/alice/CARD"));
        Files.createDirectories(root.resolve("media/bob/OTHER"));
        assertEquals(List.of(stick, card), RemovableDrives.suggest("Linux", "alice", root, List.of(), "C:"));
        assertEquals(List.of(), RemovableDrives.suggest("Linux", "carol", root, List.of(), "C:"));
    }

    @Test
    void macOffersVolumesButNotTheStartupDiskLink() throws Exception {
        Path stick = Files.createDirectories(root.resolve("Volumes/USB"));
        Files.createSymbolicLink(root.resolve("Volumes/Macintosh HD"), root);
        assertEquals(List.of(stick), RemovableDrives.suggest("Mac OS X", "alice", root, List.of(), "C:"));
    }

    @Test
    void windowsNeverOffersTheSystemDrive() {
        assertEquals(List.of(), RemovableDrives.suggest("Windows 11", "alice", root, List.of(Path.of("C:\\")), "C:"));
    }
}
