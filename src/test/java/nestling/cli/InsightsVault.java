package nestling.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nestling.domain.Baby;
import nestling.domain.DoseUnit;
import nestling.domain.SleepKind;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.insights.TestFamily;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * A real vault file for the stats, growth and report commands: twins Ada (girl, born at 32+0
 * weeks, so her age is corrected) and Ben, with a hand-built day 2026-03-10 and growth measurements.
 */
final class InsightsVault {
    static final String PASS = "correct horse battery";

    private InsightsVault() {
    }

    static Path create(Path directory) throws Exception {
        try (VaultSession session = VaultSession.create(directory, PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            TestFamily family = new TestFamily(session.database());
            Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, new GestationalAge(32, 0));
            Baby ben = family.baby("Ben", "2026-01-01T08:05", Sex.MALE, new GestationalAge(32, 0));
            family.sleep(ada, "2026-03-09T21:30", "2026-03-10T02:10", SleepKind.NIGHT);
            family.sleep(ada, "2026-03-10T13:00", "2026-03-10T14:30", SleepKind.NAP);
            family.bottle(ada, "2026-03-10T06:00", 120);
            family.bottle(ada, "2026-03-10T10:00", 130);
            family.breast(ada, "2026-03-10T17:00", "2026-03-10T17:30", 600, 900);
            family.diaper(ada, "2026-03-10T07:00", true, false);
            family.diaper(ada, "2026-03-10T12:00", true, true);
            family.medicine(ada, "2026-03-10T08:10", "Paracetamol", "2.5", DoseUnit.ML);
            family.temperature(ada, "2026-03-10T08:00", 382);
            family.note(ada, "2026-03-10T19:00", "Slightly warm after the vaccination.");
            family.milestone(ada, "2026-03-11T10:00", "First smile");
            family.growth(ada, "2026-01-01T09:00", 1700, 420, 300);
            family.growth(ada, "2026-02-15T10:00", 2500, 460, 330);
            family.growth(ada, "2026-03-10T10:00", 3400, 500, 350);
            family.bottle(ben, "2026-03-10T06:30", 90);
            family.growth(ben, "2026-03-10T10:30", 3000, 480, 340);
            session.flush();
        }
        return directory;
    }

    static CliTestConsole run(int expectedExit, String... args) {
        CliTestConsole console = new CliTestConsole(PASS + "\n", Map.of());
        int exit = NestlingCommand.run(args, dir -> {
            throw new AssertionError("no window");
        }, console.console);
        if (exit != expectedExit) {
            throw new AssertionError("exit " + exit + " for " + List.of(args) + "\nout: " + console.out() + "\nerr: "
                    + console.err());
        }
        return console;
    }
}
