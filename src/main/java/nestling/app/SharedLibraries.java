package nestling.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for a shared library where the Linux dynamic linker would: {@code LD_LIBRARY_PATH}, the
 * folders listed in {@code /etc/ld.so.conf} (and the files it includes), then the linker's own
 * {@code /lib64}, {@code /usr/lib64}, {@code /lib}, {@code /usr/lib}. Close enough to tell a parent
 * "GTK 3 is not installed" after the window failed to open; never used to refuse a start.
 *
 * <p>A file counts only if it could load: an ELF file of this JVM's word size. An empty file, a
 * dangling link or a 32-bit copy on a 64-bit system would fail in the linker just as a missing one.
 * Everything is read below {@code root}, so tests build a fake system in a temporary folder.
 */
final class SharedLibraries {
    /** ELF's EI_CLASS byte: 1 for 32-bit, 2 for 64-bit objects. */
    static final int ELF_32 = 1;
    static final int ELF_64 = 2;
    private static final List<String> LINKER_DEFAULTS = List.of("/lib64", "/usr/lib64", "/lib", "/usr/lib");
    private static final int MAX_INCLUDE_DEPTH = 8;

    private final Path root;
    private final String ldLibraryPath;
    private final int elfClass;

    SharedLibraries(Path root, String ldLibraryPath, int elfClass) {
        this.root = root;
        this.ldLibraryPath = ldLibraryPath == null ? "" : ldLibraryPath;
        this.elfClass = elfClass;
    }

    /** This machine's folders, as the running JVM (of its word size) would load from them. */
    static SharedLibraries ofThisSystem(Map<String, String> environment) {
        int elfClass = "32".equals(System.getProperty("sun.arch.data.model")) ? ELF_32 : ELF_64;
        return new SharedLibraries(Path.of("/"), environment.get("LD_LIBRARY_PATH"), elfClass);
    }

    /** The first loadable file named {@code fileName} (e.g. libgtk-3.so.0) in the search path. */
    Optional<Path> find(String fileName) {
        return searchPath().stream().map(folder -> folder.resolve(fileName)).filter(this::isLoadable).findFirst();
    }

    /** The folders searched, in the linker's order, each once. */
    List<Path> searchPath() {
        Set<Path> folders = new LinkedHashSet<>();
        for (String entry : ldLibraryPath.split(":")) {
            if (!entry.isBlank()) {
                folders.add(onRoot(entry));
            }
        }
        readConfiguration(onRoot("/etc/ld.so.conf"), folders, 0);
        LINKER_DEFAULTS.forEach(folder -> folders.add(onRoot(folder)));
        return List.copyOf(folders);
    }

    /** ld.so.conf: one folder per line (or several, split by blanks, colons or commas), "include GLOB" lines, # comments. */
    private void readConfiguration(Path file, Set<Path> folders, int depth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException | UncheckedIOException e) {
            return; // no such file, or unreadable: the other folders still count
        }
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.startsWith("include") && line.length() > "include".length()
                    && Character.isWhitespace(line.charAt("include".length()))) {
                for (String pattern : line.substring("include".length()).strip().split("\\s+")) {
                    if (depth < MAX_INCLUDE_DEPTH) {
                        included(file.getParent(), pattern).forEach(f -> readConfiguration(f, folders, depth + 1));
                    }
                }
            } else if (!line.isEmpty() && !line.startsWith("hwcap")) {
                for (String folder : line.split("[\\s:,]+")) {
                    if (folder.startsWith("/")) {
                        folders.add(onRoot(folder));
                    }
                }
            }
        }
    }

    /** The files an include names: a glob in its last part ("/etc/ld.so.conf.d/*.conf"), in name order. */
    private List<Path> included(Path configurationFolder, String pattern) {
        Path named = pattern.startsWith("/") ? onRoot(pattern) : configurationFolder.resolve(pattern);
        Path folder = named.getParent();
        List<Path> files = new ArrayList<>();
        if (folder == null || named.getFileName() == null) {
            return files;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, named.getFileName().toString())) {
            matches.forEach(files::add);
        } catch (IOException | RuntimeException e) {
            return files; // a missing folder or a pattern the JDK cannot read: nothing included
        }
        files.sort(null);
        return files;
    }

    private boolean isLoadable(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F'
                    && head[4] == elfClass;
        } catch (IOException e) {
            return false;
        }
    }

    private Path onRoot(String absolute) {
        return root.resolve(absolute.replaceFirst("^/+", ""));
    }
}
