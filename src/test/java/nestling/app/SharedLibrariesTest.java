package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The library search on fake systems built in a temporary folder, laid out as Debian and Fedora lay theirs. */
class SharedLibrariesTest {
    private static final String GTK = WindowToolkitProblem.GTK_LIBRARY;

    @TempDir
    Path root;

    /** A file that starts as a shared object of the given ELF class does (the rest does not matter here). */
    static Path elf(Path file, int elfClass) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', (byte) elfClass, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    /** Debian's layout: ld.so.conf includes ld.so.conf.d/*.conf, which names the multiarch folder. */
    static void debianLinkerConfiguration(Path root) throws IOException {
        Path conf = Files.createDirectories(root.resolve("etc/ld.so.conf.d"));
        Files.writeString(root.resolve("etc/ld.so.conf"), "include /etc/ld.so.conf.d/*.conf\n\n");
        Files.writeString(conf.resolve("libc.conf"), "# libc default configuration\n/usr/local/lib\n");
        Files.writeString(conf.resolve("x86_64-linux-gnu.conf"),
                "# Multiarch support\n/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n");
        Files.writeString(conf.resolve("README.txt"), "/not/a/conf/file\n");
    }

    private SharedLibraries libraries(String ldLibraryPath) {
        return new SharedLibraries(root, ldLibraryPath, SharedLibraries.ELF_64);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights there")
    void findsGtkInTheMultiarchFolderThatAnIncludedFileNames() throws IOException {
        debianLinkerConfiguration(root);
        Path real = elf(root.resolve("usr/lib/x86_64-linux-gnu/libgtk-3.so.0.2406.32"), SharedLibraries.ELF_64);
        assertEquals(Optional.empty(), libraries(null).find(GTK), "positive control: not there yet");
        // as Debian installs it: the soname is a link to the versioned file
        Path link = Files.createSymbolicLink(real.resolveSibling(GTK), real.getFileName());
        assertEquals(Optional.of(link), libraries(null).find(GTK));
    }

    @Test
    void findsGtkInTheLinkersOwnFoldersWithoutAnyConfiguration() throws IOException {
        Path lib64 = elf(root.resolve("usr/lib64").resolve(GTK), SharedLibraries.ELF_64); // Fedora, openSUSE
        assertEquals(Optional.of(lib64), libraries(null).find(GTK));
    }

    @Test
    void findsALibraryOnlyInLdLibraryPathWhenThatIsSet() throws IOException {
        Path own = elf(root.resolve("opt/gtk/lib").resolve(GTK), SharedLibraries.ELF_64);
        assertEquals(Optional.empty(), libraries(null).find(GTK));
        assertEquals(Optional.of(own), libraries("::/nowhere:/opt/gtk/lib").find(GTK));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need extra rights there")
    void aFileThatCouldNotLoadDoesNotCount() throws IOException {
        Path folder = Files.createDirectories(root.resolve("usr/lib"));
        // an empty file, as .ci/check-window-start bind-mounts over the real library
        Files.createFile(folder.resolve(GTK));
        assertEquals(Optional.empty(), libraries(null).find(GTK), "empty file");
        // a 32-bit copy (i386 multiarch) cannot load into a 64-bit JVM
        elf(root.resolve("usr/lib64").resolve(GTK), SharedLibraries.ELF_32);
        assertEquals(Optional.empty(), libraries(null).find(GTK), "32-bit file");
        assertEquals(Optional.of(root.resolve("usr/lib64").resolve(GTK)),
                new SharedLibraries(root, null, SharedLibraries.ELF_32).find(GTK), "but a 32-bit JVM would load it");
        // a link left behind by a removed package
        Files.createSymbolicLink(root.resolve("lib64"), root.resolve("gone"));
        Files.createDirectories(root.resolve("lib"));
        Files.createSymbolicLink(root.resolve("lib").resolve(GTK), root.resolve("gone/libgtk-3.so.0.24"));
        assertEquals(Optional.empty(), libraries(null).find(GTK), "dangling link");
    }

    @Test
    void theSearchOrderIsTheLinkersAndSurvivesCommentsAndIncludeLoops() throws IOException {
        debianLinkerConfiguration(root);
        // ld.so.conf including itself, with comments, several folders on one line and a hwcap line
        Files.writeString(root.resolve("etc/ld.so.conf"), """
                include /etc/ld.so.conf.d/*.conf   # the distribution's files
                include ld.so.conf
                /opt/a:/opt/b, /usr/lib64
                hwcap 1 nosegneg
                """);
        List<Path> expected = List.of("/custom", // LD_LIBRARY_PATH first
                "/usr/local/lib", "/usr/local/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
                "/opt/a", "/opt/b", "/usr/lib64", // then ld.so.conf in its order (nothing from README.txt)
                "/lib64", "/lib", "/usr/lib") // then the linker's own, each folder once
                .stream().map(p -> root.resolve(p.substring(1))).toList();
        assertEquals(expected, libraries("/custom").searchPath());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onThisMachineTheSearchFindsTheCLibraryThatThisJvmRunsOn() {
        Path found = SharedLibraries.ofThisSystem(Map.of()).find("libc.so.6").orElseThrow(() ->
                new AssertionError("libc.so.6 not found in " + SharedLibraries.ofThisSystem(Map.of()).searchPath()));
        assertTrue(Files.isReadable(found), found.toString());
    }
}
