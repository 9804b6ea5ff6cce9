package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling log … --locked}: no passphrase, sealed into the inbox, in the journal after the next unlock. */
class LockedLogCommandTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path home;

    private CliTestConsole run(String stdin, int expectedExit, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, Map.of("NESTLING_HOME", home.toString(), "TZ", "Europe/Berlin"));
        int exit = NestlingCommand.run(args, dir -> {
            throw new AssertionError("no window");
        }, console.console);
        assertEquals(expectedExit, exit, () -> String.join(" ", args) + "\nout: " + console.out() + "\nerr: " + console.err());
        return console;
    }

    @Test
    void threeLockedLogsAppearWithTheirTimesAndCaregiverAfterTheNextUnlock() throws Exception {
        VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        // this unlock gives the vault its inbox key and writes the lock-screen file
        run(PASS + "\n", 0, "baby", "add", "--name", "Ada", "--birth", "2026-09-01", "--passphrase-stdin");

        String logged = run("", 0, "log", "diaper", "--locked", "--at", "2026-11-20T03:10", "--wet", "--by", "Sam").out();
        assertTrue(logged.startsWith("Logged (locked: merged at the next unlock)"), logged);
        run("", 0, "log", "bottle", "--locked", "--baby", "Ada", "--at", "2026-11-20T03:20", "--ml", "90", "--by", "Sam");
        run("", 0, "log", "sleep", "--locked", "--start", "2026-11-20T03:40", "--end", "2026-11-20T05:00");
        assertTrue(Files.size(InboxFile.path(home)) > 0);
        String vaultBytes = new String(Files.readAllBytes(InboxFile.path(home)), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(vaultBytes.contains("Sam") || vaultBytes.contains("diaper"), "the inbox holds no plaintext");

        CliTestConsole listed = run(PASS + "\n", 0, "list", "--json", "--passphrase-stdin");
        assertTrue(listed.err().contains("merged 3 entries"), listed.err());
        JsonNode all = JsonMapper.builder().build().readTree(listed.out());
        List<String> seen = new ArrayList<>();
        for (JsonNode entry : all) {
            seen.add(entry.get("type").asString() + " " + entry.get("start").asString() + " " + entry.get("by").asString(""));
        }
        assertEquals(List.of("diaper 2026-11-20T03:10+01:00 Sam", "bottle 2026-11-20T03:20+01:00 Sam",
                "sleep 2026-11-20T03:40+01:00 "), seen);
        assertEquals(0, Files.size(InboxFile.path(home)), "emptied once the vault was saved");

        // a second unlock merges nothing again
        assertEquals(3, JsonMapper.builder().build().readTree(
                run(PASS + "\n", 0, "list", "--json", "--passphrase-stdin").out()).size());
    }

    @Test
    void aVaultWithoutAnInboxKeyYetSaysSoAndLogsNothing() throws Exception {
        VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        assertTrue(Files.exists(nestling.vault.InboxKeyFile.path(home)), "a new vault has its inbox key at once");
        Files.delete(nestling.vault.InboxKeyFile.path(home)); // as a vault made before this version
        String id = java.util.UUID.randomUUID().toString();
        CliTestConsole refused = run("", 6, "log", "diaper", "--locked", "--baby", id, "--wet");
        assertTrue(refused.err().contains("no inbox key yet"), refused.err());
        assertFalse(Files.exists(InboxFile.path(home)));
    }
}
