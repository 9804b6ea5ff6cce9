package nestling.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for a marker string in files, in UTF-8, UTF-16LE and UTF-16BE (SQLite stores text in the
 * database's encoding; Java and some tools write UTF-16). Streams each file with an overlap, so
 * large files are scanned without loading them whole and a marker split across reads is still found.
 */
public final class PlaintextScanner {
    private static final int BLOCK = 1 << 20;

    private PlaintextScanner() {
    }

    /** One finding: the file and the encoding the marker was found in. */
    public record Hit(Path file, String encoding) {
    }

    public static List<byte[]> encodings(String marker) {
        return List.of(marker.getBytes(StandardCharsets.UTF_8), marker.getBytes(StandardCharsets.UTF_16LE),
                marker.getBytes(StandardCharsets.UTF_16BE));
    }

    public static List<Hit> scan(Iterable<Path> files, String marker) throws IOException {
        String[] names = {"UTF-8", "UTF-16LE", "UTF-16BE"};
        List<byte[]> needles = encodings(marker);
        List<Hit> hits = new ArrayList<>();
        for (Path file : files) {
            for (int i = 0; i < needles.size(); i++) {
                if (contains(file, needles.get(i))) {
                    hits.add(new Hit(file, names[i]));
                }
            }
        }
        return hits;
    }

    static boolean contains(Path file, byte[] needle) throws IOException {
        byte[] buffer = new byte[BLOCK + needle.length];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.readNBytes(buffer, kept, BLOCK)) > 0) {
                int length = kept + read;
                if (indexOf(buffer, length, needle) >= 0) {
                    return true;
                }
                // keep the tail, in case the marker straddles two reads
                kept = Math.min(needle.length - 1, length);
                System.arraycopy(buffer, length - kept, buffer, 0, kept);
            }
        } catch (NoSuchFileException | java.nio.file.AccessDeniedException gone) {
            // another process's temp file vanished or is private: it was not written by this test
            return false;
        }
        return false;
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every regular file under {@code root} with its size and modification time, to diff before/after. */
    public static Map<Path, String> listing(Path root) throws IOException {
        Map<Path, String> files = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // another user's private folder, or deleted while walking: not written by this test
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Files that are new in {@code after} or changed since {@code before}. */
    public static List<Path> createdOrChanged(Map<Path, String> before, Map<Path, String> after) {
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
