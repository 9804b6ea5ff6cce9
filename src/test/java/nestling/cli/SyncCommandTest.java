package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nestling.backup.Family;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nestling sync} end to end: two laptops through one folder, then a wrong passphrase and a missing stick. */
class SyncCommandTest {
    private static final String PASS = "correct horse battery";
    private static final VaultOptions FAST = VaultOptions.defaults().withFastKdfForTests();

    @TempDir
    Path dir;
    private final Map<CliTestConsole, Integer> exits = new HashMap<>();

    @Test
    void twoLaptopsSyncThroughOneFolderAndFailuresSayWhatToDo() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path stick = Files.createDirectories(dir.resolve("stick"));
        try (VaultSession first = VaultSession.create(a, PASS.toCharArray(), FAST);
                VaultSession second = VaultSession.create(b, PASS.toCharArray(), FAST)) {
            Family.fill(first.database(), 1, 12);
            Family.fill(second.database(), 2, 5);
        }
        CliTestConsole setUp = sync(a, stick);
        assertEquals(0, exits.get(setUp), setUp.err());
        assertTrue(setUp.out().contains("this sync sets it up"), setUp.out());
        assertTrue(setUp.out().contains("Synced. The stick is set up"), setUp.out());

        CliTestConsole second = sync(b, stick);
        assertEquals(0, exits.get(second), second.err());
        assertTrue(second.out().contains("entries: 9 added"), second.out());
        assertTrue(second.out().contains("Synced. The stick's family file was written and verified"), second.out());
        CliTestConsole back = sync(a, stick);
        assertEquals(0, exits.get(back), back.err());
        assertTrue(back.out().contains("entries: 5 added"), back.out());
        assertEquals(records(a), records(b));
        CliTestConsole again = sync(b, stick);
        assertTrue(again.out().contains("it was left as it was"), again.out());

        CliTestConsole wrong = run("another passphrase\n", "sync", "--vault", dir.resolve("c").toString(),
                "--with", stick.toString(), "--passphrase-stdin", "--separate-passphrase");
        assertEquals(6, exits.get(wrong), "no vault in c: " + wrong.err());
        try (VaultSession third = VaultSession.create(dir.resolve("c"), "another passphrase".toCharArray(), FAST)) {
            Family.fill(third.database(), 3, 1);
        }
        CliTestConsole refused = run("another passphrase\n", "sync", "--vault", dir.resolve("c").toString(),
                "--with", stick.toString(), "--passphrase-stdin");
        assertEquals(3, exits.get(refused), refused.err());
        assertTrue(refused.err().contains("--separate-passphrase"), refused.err());

        // laptop a's own vault key opens the stick, but a mistyped stick passphrase must not re-key it
        CliTestConsole mistyped = run(PASS + "\nmistyped stick phrase\n", "sync", "--vault", a.toString(),
                "--with", stick.toString(), "--passphrase-stdin", "--separate-passphrase");
        assertEquals(3, exits.get(mistyped), mistyped.out() + mistyped.err());

        CliTestConsole pulled = sync(a, dir.resolve("unplugged"));
        assertEquals(6, exits.get(pulled), pulled.err());
        assertTrue(pulled.err().contains("Is the stick plugged in?"), pulled.err());
    }

    private CliTestConsole sync(Path vault, Path stick) {
        return run(PASS + "\n", "sync", "--vault", vault.toString(), "--with", stick.toString(), "--passphrase-stdin");
    }

    private CliTestConsole run(String stdin, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, Map.of());
        exits.put(console, NestlingCommand.run(args, directory -> { }, console.console));
        return console;
    }

    private static String records(Path vault) throws Exception {
        try (VaultSession session = VaultSession.unlock(vault, PASS.toCharArray(), FAST)) {
            String all = Family.content(session.database());
            return all.substring(0, all.lastIndexOf("\"settings\":"));
        }
    }
}
