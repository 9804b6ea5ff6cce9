package nestling.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LocalDays;
import nestling.store.EntryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling list [--baby B] [--from D] [--to D] [--type T] [--json]}: entries touching the
 * local days from D to D (both included; default: everything), oldest first.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List logged entries, oldest first.")
final class ListCommand implements Callable<Integer> {
    /** Bounds of "everything": far outside any baby's life, well inside epoch-millisecond range. */
    private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--baby", paramLabel = "NAME", description = "Only this baby (name or id).")
    String baby;

    @Option(names = "--from", paramLabel = "DATE", description = "First local day, e.g. 2026-11-20.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last local day (included).")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Only these types (repeat or separate with commas).")
    List<String> types = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON array for scripts.")
    boolean json;

    private final Console console;

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Set<EntryType> wanted = types();
        List<EntryView> views = new ArrayList<>();
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            UUID babyId = baby == null ? null : Targets.baby(open.journal.family(), baby).meta().id();
            Instant start = from == null ? BEGINNING : LocalDays.start(CliTime.date("--from", from), open.zone);
            Instant end = to == null ? END : LocalDays.end(CliTime.date("--to", to), open.zone);
            if (!end.isAfter(start)) {
                throw new CliFailure(ExitCodes.USAGE, "--to is before --from");
            }
            Map<UUID, String> babies = new HashMap<>();
            for (Baby each : open.journal.family().babies(true)) {
                babies.put(each.meta().id(), each.name());
            }
            Map<UUID, String> caregivers = new HashMap<>();
            for (Caregiver each : open.journal.family().caregivers(true)) { // removed ones still signed their entries
                caregivers.put(each.meta().id(), each.name());
            }
            Map<UUID, String> activities = new HashMap<>();
            for (ActivityType each : open.journal.family().activityTypes(true)) { // removed ones still name old entries
                activities.put(each.meta().id(), each.name());
            }
            for (Entry entry : open.journal.entries().list(new EntryQuery(babyId, start, end, wanted))) {
                String activity = entry.data() instanceof EntryData.Activity a && a.activityTypeId() != null
                        ? activities.get(a.activityTypeId()) : null;
                views.add(new EntryView(entry, babies.get(entry.babyId()), caregivers.get(entry.meta().createdBy()),
                        open.zone, activity));
            }
            open.save();
        }
        if (json) {
            console.out().println(EntryView.json(views));
        } else if (views.isEmpty()) {
            console.out().println("No entries.");
        } else {
            views.forEach(view -> console.out().println(view.line()));
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    private Set<EntryType> types() {
        Set<EntryType> wanted = EnumSet.noneOf(EntryType.class);
        for (String type : types) {
            wanted.add(EntryType.fromWireName(type).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                    "unknown --type '" + type + "': use one of " + String.join(", ",
                            java.util.Arrays.stream(EntryType.values()).map(EntryType::wireName).toList()))));
        }
        return wanted;
    }
}
