package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nestling.domain.EntryType;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The journal's commands against a real vault on disk, in the exact forms scripts rely on. */
class JournalCommandsTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path home;

    @BeforeEach
    void createVault() throws Exception {
        // A vault made with the test KDF unlocks quickly: the KDF settings are read from its header.
        VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        run(0, "baby", "add", "--name", "Ada", "--birth", "2026-09-01", "--sex", "F", "--passphrase-stdin");
    }

    private CliTestConsole run(int expectedExit, String... args) {
        return runIn(Map.of("NESTLING_HOME", home.toString(), "TZ", "Europe/Berlin"), PASS + "\n", expectedExit, args);
    }

    private static CliTestConsole runIn(Map<String, String> env, String stdin, int expectedExit, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, env);
        int exit = NestlingCommand.run(args, dir -> {
            throw new AssertionError("no window");
        }, console.console);
        assertEquals(expectedExit, exit, () -> String.join(" ", args) + "\nout: " + console.out() + "\nerr: " + console.err());
        return console;
    }

    private JsonNode list(String... filters) {
        List<String> args = new ArrayList<>(List.of("list", "--json", "--passphrase-stdin"));
        args.addAll(List.of(filters));
        return JsonMapper.builder().build().readTree(run(0, args.toArray(String[]::new)).out());
    }

    @Test
    void theExactFormsScriptsUseLogAndList() {
        run(0, "log", "diaper", "--baby", "Ada", "--at", "2026-11-20T08:15", "--wet", "--dirty", "--passphrase-stdin");
        run(0, "log", "bottle", "--baby", "Ada", "--at", "2026-11-20T09:00", "--ml", "120", "--passphrase-stdin");
        run(0, "log", "sleep", "--baby", "Ada", "--start", "2026-11-20T21:30", "--end", "2026-11-21T02:10",
                "--passphrase-stdin");
        run(0, "log", "note", "--baby", "Ada", "--at", "2026-11-20T10:00", "--text", "Laughed at the cat",
                "--passphrase-stdin");

        JsonNode all = list("--baby", "Ada");
        assertTrue(all.isArray());
        assertEquals(List.of("diaper", "bottle", "note", "sleep"), types(all));
        for (JsonNode entry : all) {
            assertEquals(36, entry.get("id").asString().length());
            assertEquals("Ada", entry.get("baby").asString());
        }
        JsonNode diaper = all.get(0);
        assertTrue(diaper.get("wet").asBoolean() && diaper.get("dirty").asBoolean() && !diaper.get("dry").asBoolean());
        assertEquals("2026-11-20T08:15+01:00", diaper.get("start").asString(), "local time in TZ, with its offset");
        assertEquals(120, all.get(1).get("ml").asInt());
        assertEquals("Laughed at the cat", all.get(2).get("text").asString());
        JsonNode sleep = all.get(3);
        assertEquals("2026-11-21T02:10+01:00", sleep.get("end").asString());
        assertEquals(280, sleep.get("minutes").asInt());
        assertEquals("night", sleep.get("kind").asString(), "suggested from the start time");
    }

    /** A baby written as a merge or an older Nestling would leave it, past the journal's own checks. */
    private String babyStoredAs(String name) throws Exception {
        try (VaultSession session = VaultSession.unlock(home, PASS.toCharArray(), VaultOptions.defaults())) {
            var baby = new nestling.domain.Baby(nestling.domain.Meta.fresh(java.time.Instant.now(), null), name,
                    java.time.Instant.parse("2026-10-01T08:00:00Z"), java.time.ZoneOffset.UTC, null, null, null, false);
            session.database().write(c -> {
                nestling.store.BabyRepository.save(c, baby);
                return null;
            });
            session.flush();
            return baby.meta().id().toString();
        }
    }

    @Test
    void aNameStoredDecomposedMatchesTheSameNameTypedComposedAndNewNamesAreStoredComposed() throws Exception {
        String decomposed = "Zoe\u0308";
        String composed = "Zo\u00eb";
        babyStoredAs(decomposed);
        run(0, "log", "note", "--baby", composed, "--text", "found by the name as typed", "--passphrase-stdin");
        run(0, "baby", "add", "--name", "Rene\u0301", "--birth", "2026-09-02", "--passphrase-stdin");
        run(6, "baby", "add", "--name", "Ren\u00e9", "--birth", "2026-09-02", "--passphrase-stdin"); // the same name
        try (VaultSession session = VaultSession.unlock(home, PASS.toCharArray(), VaultOptions.defaults())) {
            var names = nestling.journal.Journal.of(session.database(), java.time.Clock.systemUTC()).family().babies(true)
                    .stream().map(b -> b.name()).toList();
            assertTrue(names.contains("Ren\u00e9"), "stored composed (NFC): " + names);
        }
    }

    @Test
    void twoBabiesWithOneNameAreAmbiguousAndAnIdPicksOne() throws Exception {
        String second = babyStoredAs("Ada"); // as a merge of another laptop's backup can bring
        String first = JsonMapper.builder().build().readTree(run(0, "baby", "list", "--json", "--passphrase-stdin").out())
                .valueStream().map(b -> b.get("id").asString()).filter(id -> !id.equals(second)).findFirst().orElseThrow();
        CliTestConsole refused = run(2, "log", "note", "--baby", "Ada", "--text", "which one?", "--passphrase-stdin");
        assertTrue(refused.err().contains("several babies") && refused.err().contains(first)
                && refused.err().contains(second), refused.err());
        run(0, "log", "note", "--baby", second, "--text", "this one", "--passphrase-stdin");
        JsonNode notes = list("--baby", second);
        assertEquals(1, notes.size());
        assertEquals("this one", notes.get(0).get("text").asString());
    }

    private static List<String> types(JsonNode array) {
        List<String> types = new ArrayList<>();
        array.forEach(entry -> types.add(entry.get("type").asString()));
        return types;
    }

    @Test
    void everyTypeCanBeLoggedAndListed() {
        String[][] commands = {
            {"breastfeeding", "--start", "2026-11-20T03:00", "--end", "2026-11-20T03:25", "--left-min", "12",
                "--right-min", "10", "--last-side", "right", "--switches", "1"},
            {"bottle", "--at", "2026-11-20T04:00", "--oz", "4", "--content", "breast-milk"},
            {"solids", "--at", "2026-11-20T05:00", "--food", "carrot", "--food", "pear", "--reaction", "liked"},
            {"pumping", "--start", "2026-11-20T05:30", "--end", "2026-11-20T05:50", "--left-ml", "80", "--right-ml", "70"},
            {"sleep", "--start", "2026-11-20T06:00", "--end", "2026-11-20T07:00", "--kind", "nap", "--place", "crib"},
            {"diaper", "--at", "2026-11-20T07:10", "--dirty", "--colour", "yellow", "--consistency", "seedy"},
            {"medicine", "--at", "2026-11-20T07:20", "--name", "Paracetamol", "--dose", "2.5", "--unit", "ml", "--every-h", "6"},
            {"temperature", "--at", "2026-11-20T07:30", "--fahrenheit", "100.4", "--method", "rectal"},
            {"growth", "--at", "2026-11-20T07:40", "--weight-kg", "5.23", "--length-cm", "58.4", "--head-cm", "39.2"},
            {"activity", "--at", "2026-11-20T07:50", "--kind", "spit-up", "--size", "small"},
            {"milestone", "--at", "2026-11-20T08:00", "--title", "First smile"},
            {"note", "--at", "2026-11-20T08:10", "--text", "A good morning"},
        };
        for (String[] command : commands) {
            List<String> args = new ArrayList<>(List.of("log"));
            args.addAll(List.of(command));
            args.addAll(List.of("--baby", "Ada", "--by", "Sam", "--passphrase-stdin"));
            assertTrue(run(0, args.toArray(String[]::new)).out().startsWith("Logged 2026-11-20"));
        }
        JsonNode all = list();
        Set<EntryType> seen = EnumSet.noneOf(EntryType.class);
        Map<String, JsonNode> byType = new HashMap<>();
        for (JsonNode entry : all) {
            seen.add(EntryType.fromWireName(entry.get("type").asString()).orElseThrow());
            byType.put(entry.get("type").asString(), entry);
            assertEquals("Sam", entry.get("by").asString());
        }
        assertEquals(EnumSet.allOf(EntryType.class), seen);
        assertEquals(118, byType.get("bottle").get("ml").asInt(), "4 fl oz");
        assertEquals("breast-milk", byType.get("bottle").get("content").asString());
        assertEquals(380, byType.get("temperature").get("deciCelsius").asInt(), "100.4 °F = 38.0 °C");
        assertEquals(5230, byType.get("growth").get("grams").asInt());
        assertEquals("lying", byType.get("growth").get("position").asString());
        assertEquals("right", byType.get("breastfeeding").get("nextSide").asString(), "started left");
        assertEquals("2026-11-20T13:20+01:00", byType.get("medicine").get("nextDoseFrom").asString());
        assertEquals(List.of("bottle", "note"), types(list("--type", "bottle,note")));
        String text = run(0, "list", "--passphrase-stdin", "--from", "2026-11-20", "--to", "2026-11-20").out();
        assertTrue(text.contains("2026-11-20 06:00–07:00  Ada  sleep  nap, crib  (1 h 0 min)  by Sam"), text);
    }

    @Test
    void invalidValuesExit2WithTheDomainMessageAndSaveNothing() {
        assertRefused("A bottle of more than 500 ml (16.9 fl oz) is not plausible.",
                "log", "bottle", "--baby", "Ada", "--at", "2026-11-20T09:00", "--ml", "600");
        assertRefused("The end is before the start.",
                "log", "sleep", "--baby", "Ada", "--start", "2026-11-20T10:00", "--end", "2026-11-20T09:00");
        assertRefused("The temperature must be between 30 and 45 °C (86 and 113 °F).",
                "log", "temperature", "--baby", "Ada", "--celsius", "45.1");
        assertRefused("A weight over 35 kg (77 lb) is not plausible.",
                "log", "growth", "--baby", "Ada", "--weight-kg", "35.5");
        assertRefused("Write the note.", "log", "note", "--baby", "Ada");
        assertRefused("The start is in the future.", "log", "note", "--baby", "Ada", "--at", "2999-01-01T00:00", "--text", "x");
        assertRefused("unknown --content 'juice'", "log", "bottle", "--baby", "Ada", "--ml", "10", "--content", "juice");
        assertRefused("--at must be a date and time", "log", "note", "--baby", "Ada", "--at", "yesterday", "--text", "x");
        assertEquals(0, list().size(), "nothing was saved");

        run(0, "log", "sleep", "--baby", "Ada", "--start", "2026-11-20T21:30", "--end", "2026-11-21T02:10", "--passphrase-stdin");
        assertRefused("This sleep overlaps another sleep of the same baby.",
                "log", "sleep", "--baby", "Ada", "--start", "2026-11-21T01:00", "--end", "2026-11-21T03:00");
        assertEquals(1, list().size());
    }

    private void assertRefused(String message, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--passphrase-stdin");
        CliTestConsole console = run(2, all.toArray(String[]::new));
        assertTrue(console.err().contains(message), console.err());
    }

    @Test
    void twinsNeedABabyNameAndUnknownBabiesAreNotFound() {
        run(0, "log", "note", "--at", "2026-11-20T10:00", "--text", "only one baby: no --baby needed", "--passphrase-stdin");
        run(0, "baby", "add", "--name", "Ben", "--birth", "2026-09-01T04:30", "--sex", "M", "--gestation", "36+4",
                "--passphrase-stdin");
        assertTrue(run(2, "log", "note", "--text", "x", "--passphrase-stdin").err().contains("--baby"));
        run(6, "log", "note", "--baby", "Cleo", "--text", "x", "--passphrase-stdin");
        run(6, "baby", "add", "--name", "ben", "--birth", "2026-09-01", "--passphrase-stdin").err();
        JsonNode babies = JsonMapper.builder().build().readTree(run(0, "baby", "list", "--json", "--passphrase-stdin").out());
        assertEquals(2, babies.size());
        assertEquals("36+4", babies.get(1).get("gestation").asString());
        assertEquals("M", babies.get(1).get("sex").asString());
    }

    @Test
    void theVaultOptionAndAWrongPassphraseBehaveLikeTheOtherCommands() {
        CliTestConsole wrong = runIn(Map.of("NESTLING_HOME", home.toString()), "not the passphrase\n", 3,
                "list", "--passphrase-stdin");
        assertTrue(wrong.err().contains("passphrase"), wrong.err());
        CliTestConsole viaFlag = runIn(Map.of(), PASS + "\n", 0, "baby", "list", "--vault", home.toString(),
                "--passphrase-stdin");
        assertTrue(viaFlag.out().startsWith("Ada  born 2026-09-01  F"), viaFlag.out());
    }

    @Test
    void aTimerKeepsRunningBetweenCommandsAndStopsIntoAnEntry() {
        run(0, "timer", "start", "--baby", "Ada", "--kind", "breastfeeding", "--side", "left", "--passphrase-stdin");
        run(2, "timer", "start", "--baby", "Ada", "--kind", "breastfeeding", "--passphrase-stdin");
        run(0, "timer", "switch", "--baby", "Ada", "--kind", "breastfeeding", "--passphrase-stdin");
        JsonNode running = JsonMapper.builder().build().readTree(
                run(0, "timer", "list", "--json", "--passphrase-stdin").out());
        assertEquals(1, running.size());
        assertEquals("right", running.get(0).get("side").asString());
        assertEquals("breastfeeding", running.get(0).get("kind").asString());
        assertFalse(running.get(0).has("since"), "JSON keeps the exact instant only");
        String listed = run(0, "timer", "list", "--passphrase-stdin").out();
        // "Ada  breastfeeding  since 2026-12-05 03:12  0 min, on the right": a clock time to the minute
        assertTrue(listed.matches("(?s)Ada  breastfeeding  since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  \\d+ min, on the right\\R"),
                listed);
        run(0, "timer", "stop", "--baby", "Ada", "--kind", "breastfeeding", "--passphrase-stdin");
        run(6, "timer", "stop", "--baby", "Ada", "--kind", "breastfeeding", "--passphrase-stdin");
        JsonNode feed = list().get(0);
        assertEquals("breastfeeding", feed.get("type").asString());
        assertEquals("right", feed.get("lastSide").asString());
        assertEquals(1, feed.get("sideSwitches").asInt());
        assertTrue(run(0, "timer", "list", "--passphrase-stdin").out().contains("No timer is running."));
    }
}
