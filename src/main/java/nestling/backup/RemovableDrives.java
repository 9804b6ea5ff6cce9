package nestling.backup;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a USB stick is likely mounted, offered first when choosing where to save a backup: Linux
 * {@code /media/$USER/*} and {@code /run/media/$USER/*}, macOS {@code /Volumes/*} (not the startup
 * disk, which appears there as a link to {@code /}), Windows drive roots other than the system
 * drive that carry a FAT or exFAT file system (how USB sticks usually come).
 */
public final class RemovableDrives {
    private RemovableDrives() {
    }

    /** Suggestions for this computer. */
    public static List<Path> suggest() {
        return suggest(System.getProperty("os.name", ""), System.getProperty("user.name", ""), Path.of("/"),
                List.copyOf(iterate(java.nio.file.FileSystems.getDefault().getRootDirectories())),
                System.getenv().getOrDefault("SystemDrive", "C:"));
    }

    /**
     * @param root         the file-system root under which {@code media}, {@code run/media} and
     *                     {@code Volumes} are looked for (tests pass a temporary folder)
     * @param windowsRoots drive roots, consulted on Windows only
     */
    static List<Path> suggest(String osName, String user, Path root, List<Path> windowsRoots, String systemDrive) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> found = new ArrayList<>();
        if (os.startsWith("windows")) {
            for (Path drive : windowsRoots) {
                if (!drive.toString().toUpperCase(Locale.ROOT).startsWith(systemDrive.toUpperCase(Locale.ROOT))
                        && looksRemovable(drive)) {
                    found.add(drive);
                }
            }
            return found;
        }
        if (os.startsWith("mac")) {
            children(root.resolve("Volumes"), found, true);
            return found;
        }
        if (!user.isEmpty()) {
            children(root.resolve("media").resolve(user), found, false);
            children(root.resolve("run").resolve("media").resolve(user), found, false);
        }
        return found;
    }

    private static void children(Path folder, List<Path> found, boolean skipLinks) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isDirectory)
                    .filter(p -> !(skipLinks && Files.isSymbolicLink(p)))
                    .filter(Files::isWritable)
                    .sorted()
                    .forEach(found::add);
        } catch (IOException e) {
            // an unreadable mount folder offers nothing
        }
    }

    private static boolean looksRemovable(Path drive) {
        try {
            FileStore store = Files.getFileStore(drive);
            String type = store.type().toUpperCase(Locale.ROOT);
            return type.contains("FAT") && Files.isWritable(drive);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> iterate(Iterable<Path> roots) {
        List<Path> list = new ArrayList<>();
        roots.forEach(list::add);
        return list;
    }
}
