package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RootCommandTest {
    private final List<Path> openedWindows = new ArrayList<>();
    private final WindowOpener recordingOpener = openedWindows::add;

    @Test
    void versionPrintsTheBuildVersionAndExitsZero() {
        CliTestConsole console = new CliTestConsole("", Map.of());
        int exit = NestlingCommand.run(new String[] {"--version"}, recordingOpener, console.console);
        assertEquals(0, exit);
        assertTrue(console.out().matches("Nestling \\d+\\.\\d+\\.\\d+.*\\R"), console.out());
        assertTrue(openedWindows.isEmpty());
    }

    @Test
    void onlyTheCommandNamedFirstIsModelledElseEveryOne() {
        assertEquals(List.of(LogCommand.class), NestlingCommand.subcommandsFor(new String[] {"log", "note", "--text", "x"}));
        assertEquals(List.of(BatchCommand.class), NestlingCommand.subcommandsFor(new String[] {"batch"}));
        for (String first : List.of("--vault", "help", "lgo", "--help", "x.nestling")) {
            assertEquals(NestlingCommand.SUBCOMMANDS, NestlingCommand.subcommandsFor(new String[] {first, "log"}), first);
        }
    }

    @Test
    void aLogTypeNamedFirstIsTheOnlyOneModelledAndTheNameTableAgreesWithTheAnnotations() {
        assertEquals(LogCommand.TYPES.size(), LogCommand.BY_NAME.size());
        for (Class<? extends LogEntryCommand> type : LogCommand.TYPES) {
            String name = type.getAnnotation(picocli.CommandLine.Command.class).name();
            assertEquals(type, LogCommand.BY_NAME.get(name), name);
        }
        CommandFactory factory = new CommandFactory(new CliTestConsole("", Map.of()).console, recordingOpener);
        picocli.CommandLine note = new picocli.CommandLine(new LogCommand(), factory);
        LogCommand.addTypes(note, List.of("note", "--text", "x"));
        assertEquals(List.of("note"), List.copyOf(note.getSubcommands().keySet()));
        for (List<String> words : List.of(List.<String>of(), List.of("--help"), List.of("nto"), List.of("NOTE"))) {
            picocli.CommandLine log = new picocli.CommandLine(new LogCommand(), factory);
            LogCommand.addTypes(log, words);
            assertEquals(LogCommand.TYPES.size(), log.getSubcommands().size(), words.toString());
        }
    }

    @Test
    void aMistypedLogTypeGetsPicocliSuggestionAndEveryTypeInTheHelp() {
        CliTestConsole typo = new CliTestConsole("", Map.of());
        assertEquals(2, NestlingCommand.run(new String[] {"log", "NOTE"}, recordingOpener, typo.console));
        assertTrue(typo.err().contains("Did you mean: log note or log bottle"), typo.err());
        CliTestConsole help = new CliTestConsole("", Map.of());
        assertEquals(0, NestlingCommand.run(new String[] {"log", "--help"}, recordingOpener, help.console));
        for (Class<? extends LogEntryCommand> type : LogCommand.TYPES) {
            String name = type.getAnnotation(picocli.CommandLine.Command.class).name();
            assertTrue(help.out().contains("\n  " + name + " "), name + " in " + help.out());
        }
        assertTrue(help.out().indexOf("\n  breastfeeding ") < help.out().indexOf("\n  note "), "in their order: " + help.out());
    }

    @Test
    void logTypeRunsAloneOnlyWhenItsWordsParseCleanlyElseTheWholeTreeAnswers(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        nestling.store.VaultSession.create(home, "correct horse battery".toCharArray(),
                nestling.vault.VaultOptions.defaults().withFastKdfForTests()).close();
        Map<String, String> environment = Map.of("NESTLING_HOME", home.toString());
        CliTestConsole baby = new CliTestConsole("correct horse battery\n", environment);
        assertEquals(0, NestlingCommand.run(new String[] {"baby", "add", "--name", "Ada", "--birth", "2026-09-01",
                "--passphrase-stdin"}, recordingOpener, baby.console), baby.err());
        for (String[] notAlone : List.of(new String[] {"log", "note", "--help"}, new String[] {"log", "note", "-V"},
                new String[] {"log", "nto"}, new String[] {"log"}, new String[] {"log", "--help"},
                new String[] {"log", "bottle", "--ml", "abc"}, new String[] {"log", "note", "extra"},
                new String[] {"--vault", home.toString(), "log", "note"}, new String[] {"baby", "list"})) {
            CliTestConsole console = new CliTestConsole("", environment);
            assertEquals(null, LogCommand.runAlone(notAlone, new CommandFactory(console.console, recordingOpener),
                    console.console), String.join(" ", notAlone));
            assertEquals("", console.out() + console.err(), "nothing said before the whole tree runs: " + String.join(" ", notAlone));
        }
        CliTestConsole alone = new CliTestConsole("correct horse battery\n", environment);
        assertEquals(0, LogCommand.runAlone(new String[] {"log", "note", "--text", "hi", "--passphrase-stdin"},
                new CommandFactory(alone.console, recordingOpener), alone.console), alone.err());
        assertTrue(alone.out().startsWith("Logged ") && alone.out().contains("note  hi"), alone.out());
        CliTestConsole refused = new CliTestConsole("correct horse battery\n", environment);
        assertEquals(2, LogCommand.runAlone(new String[] {"log", "sleep", "--at", "2026-11-20T09:00", "--passphrase-stdin"},
                new CommandFactory(refused.console, recordingOpener), refused.console));
        assertEquals("nestling: log sleep takes --start and --end, not --at", refused.err().strip());
    }

    @Test
    void helpListsTheCommands() {
        CliTestConsole console = new CliTestConsole("", Map.of());
        int exit = NestlingCommand.run(new String[] {"--help"}, recordingOpener, console.console);
        assertEquals(0, exit);
        assertTrue(console.out().contains("Commands:"), console.out());
        assertTrue(console.out().contains("--vault=DIR"), console.out());
        for (String command : List.of("init", "log", "batch", "sync", "export-csv", "help")) {
            assertTrue(console.out().contains("\n  " + command + " "), command + " in " + console.out());
        }
    }

    @Test
    void noArgumentsOpensTheWindowOnTheVaultFromNestlingHome(@org.junit.jupiter.api.io.TempDir Path home) {
        CliTestConsole console = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        int exit = NestlingCommand.run(new String[0], recordingOpener, console.console);
        assertEquals(0, exit);
        assertEquals(List.of(home.toAbsolutePath()), openedWindows);
    }

    @Test
    void aWindowThatCannotOpenPrintsWhatTheLauncherFoundAndExitsOne(@org.junit.jupiter.api.io.TempDir Path home) {
        CliTestConsole console = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        WindowOpener noDesktop = vault -> {
            throw new WindowNotOpened("Nestling could not open its window: no desktop.\nSecond line.");
        };
        int exit = NestlingCommand.run(new String[0], noDesktop, console.console);
        assertEquals(1, exit);
        assertEquals("nestling: Nestling could not open its window: no desktop.\nSecond line.", console.err().strip());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliTestConsole console = new CliTestConsole("", Map.of());
        int exit = NestlingCommand.run(new String[] {"--no-such-option"}, recordingOpener, console.console);
        assertEquals(2, exit);
        assertTrue(console.err().contains("Unknown option"), console.err());
        assertTrue(openedWindows.isEmpty());
    }

    @Test
    void vaultGivenBeforeTheCommandIsTheOneTheCommandUses(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path chosen = temp.resolve("chosen");
        Path fromEnvironment = temp.resolve("environment");
        CliTestConsole console = new CliTestConsole("a long enough passphrase\n",
                Map.of("NESTLING_HOME", fromEnvironment.toString()));
        int exit = NestlingCommand.run(new String[] {"--vault", chosen.toString(), "init", "--passphrase-stdin"},
                recordingOpener, console.console);
        assertEquals(0, exit, console.err());
        assertTrue(java.nio.file.Files.exists(chosen.resolve("nestling.vault")), "created where --vault said");
        assertTrue(!java.nio.file.Files.exists(fromEnvironment), "not in NESTLING_HOME");
    }

    @Test
    void aBareBackupFileOpensTheWindowWithIt(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Path backup = java.nio.file.Files.writeString(home.resolve("Family Backup.NESTLING"), "x");
        List<Path> openedWith = new ArrayList<>();
        WindowOpener opener = new WindowOpener() {
            @Override
            public void open(Path vaultDirectory) {
                openedWindows.add(vaultDirectory);
            }

            @Override
            public void open(Path vaultDirectory, Path backupFile) {
                openedWindows.add(vaultDirectory);
                openedWith.add(backupFile);
            }
        };
        CliTestConsole console = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        int exit = NestlingCommand.run(new String[] {backup.toString()}, opener, console.console);
        assertEquals(0, exit, console.err());
        assertEquals(List.of(home.toAbsolutePath()), openedWindows);
        assertEquals(List.of(backup.toAbsolutePath()), openedWith);
    }

    /** {@code nestling open FILE}: the window with the file (any backup name), or exit 6 when there is none. */
    @Test
    void openHandsTheWindowTheCopy(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        Path copy = java.nio.file.Files.writeString(home.resolve("for grandma.json"), "{}");
        List<Path> openedWith = new ArrayList<>();
        WindowOpener opener = new WindowOpener() {
            @Override
            public void open(Path vaultDirectory) {
                openedWindows.add(vaultDirectory);
            }

            @Override
            public void open(Path vaultDirectory, Path backupFile) {
                openedWith.add(backupFile);
            }
        };
        CliTestConsole console = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        assertEquals(0, NestlingCommand.run(new String[] {"open", copy.toString()}, opener, console.console), console.err());
        assertEquals(List.of(copy.toAbsolutePath()), openedWith);
        CliTestConsole missing = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        assertEquals(ExitCodes.NOT_FOUND_OR_EXISTS, NestlingCommand.run(new String[] {"open", home.resolve("gone.nestling")
                .toString()}, opener, missing.console));
        assertTrue(missing.err().contains("no backup file at"), missing.err());
        assertEquals(List.of(), openedWindows);
    }

    @Test
    void aWordThatIsNeitherACommandNorABackupIsAUsageError() {
        CliTestConsole console = new CliTestConsole("", Map.of());
        int exit = NestlingCommand.run(new String[] {"inti"}, recordingOpener, console.console);
        assertEquals(2, exit);
        assertTrue(console.err().contains("unknown command or file 'inti'"), console.err());
        assertTrue(openedWindows.isEmpty());
    }

    @Test
    void aMissingBackupFileIsNotFound(@org.junit.jupiter.api.io.TempDir Path home) {
        CliTestConsole console = new CliTestConsole("", Map.of("NESTLING_HOME", home.toString()));
        int exit = NestlingCommand.run(new String[] {home.resolve("gone.nestling").toString()}, recordingOpener,
                console.console);
        assertEquals(6, exit);
        assertTrue(openedWindows.isEmpty());
    }
}
