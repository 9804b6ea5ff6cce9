package nestling.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite driver unpacks its native library into the temporary folder before the first database
 * opens. With that folder missing, unlocking in the window said "Something went wrong … please try
 * again", which no retry can fix. The unlock screen must name the folder, the problem and the
 * setting that moves it. A child JVM running the real window (Headless), because the driver loads
 * once per JVM; the folder is moved through JAVA_TOOL_OPTIONS, the route the README gives.
 */
class MissingTemporaryFolderWindowTest {
    @TempDir
    Path dir;

    private List<String> unlockInChild(String language) throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault);
        VaultSession.create(vault, UiTesting.PASS.toCharArray(), new UiTesting(vault).context.vaultOptions()).close();
        Path missing = dir.resolve("no-such-folder");
        Process child = ChildJvm.start(UnlockInChildWindow.class, dir.resolve("stderr.txt"),
                environment -> environment.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + missing
                        + " -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"),
                vault.toString(), UiTesting.PASS, language);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = ChildJvm.stdout(child)) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        assertEquals(0, ChildJvm.waitQuietly(child), lines + "\n" + Files.readString(dir.resolve("stderr.txt")));
        return lines;
    }

    private static String message(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("MESSAGE ")).findFirst().orElseThrow().substring(8);
    }

    @Test
    void theUnlockScreenNamesTheFolderAndTheSettingThatMovesIt() throws Exception {
        List<String> lines = unlockInChild("en");
        String said = message(lines);
        assertTrue(said.contains(dir.resolve("no-such-folder").toString()), said);
        assertTrue(said.contains("temporary folder") && said.contains("does not exist"), said);
        assertTrue(said.contains("org.sqlite.tmpdir") && said.contains("JAVA_TOOL_OPTIONS"), said);
        assertFalse(said.contains("Something went wrong"), said);
        assertTrue(lines.contains("FAILURES 0"), "the generic failure dialog showed: " + lines);
    }

    @Test
    void andInGerman() throws Exception {
        String said = message(unlockInChild("de"));
        assertTrue(said.contains("tempor\u00e4ren Ordner") && said.contains("org.sqlite.tmpdir"), said);
        assertTrue(said.contains(dir.resolve("no-such-folder").toString()), said);
    }
}
