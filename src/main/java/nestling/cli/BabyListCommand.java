package nestling.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.domain.Sex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling baby list [--all] [--json]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the babies.")
final class BabyListCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--all", description = "Include archived babies.")
    boolean all;

    @Option(names = "--json", description = "Print a JSON array for scripts.")
    boolean json;

    private final Console console;

    BabyListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Baby> babies;
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            babies = open.journal.family().babies(all);
            open.save();
        }
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Baby baby : babies) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", baby.meta().id().toString());
                row.put("name", baby.name());
                row.put("birth", baby.birthAt().atOffset(baby.birthOffset()).toString());
                row.put("sex", sex(baby.sex()));
                row.put("gestation", baby.gestation() == null ? null
                        : baby.gestation().weeks() + "+" + baby.gestation().days());
                row.put("archived", baby.archived());
                rows.add(row);
            }
            console.out().println(JsonMapper.builder().build().writeValueAsString(rows));
        } else if (babies.isEmpty()) {
            console.out().println("No babies yet. Add one with: nestling baby add --name NAME --birth DATE");
        } else {
            for (Baby baby : babies) {
                console.out().println(baby.name() + "  born " + baby.birthDate()
                        + (baby.sex() == null ? "" : "  " + sex(baby.sex()))
                        + (baby.archived() ? "  (archived)" : ""));
            }
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    private static String sex(Sex sex) {
        return sex == null ? null : sex == Sex.FEMALE ? "F" : "M";
    }
}
