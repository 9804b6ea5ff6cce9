package nestling.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nestling.domain.ActivityType;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nestling timer start|switch|pause|resume|stop|discard|list --baby B --kind K}: the one-click
 * timers from a shell. A timer lives in the vault, so it keeps running between commands (and
 * crashes); {@code stop} turns it into an entry.
 */
@Command(name = "timer", mixinStandardHelpOptions = true,
        description = {"Start, switch side, pause, resume, stop (log) or discard a timer, or list running ones.",
            "Example: nestling timer start --baby Ada --kind breastfeeding --side left --passphrase-stdin"})
final class TimerCommand implements Callable<Integer> {
    enum Action {
        START, SWITCH, PAUSE, RESUME, STOP, DISCARD, LIST
    }

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, switch, pause, resume, stop, discard or list.")
    String action;

    @Option(names = "--baby", paramLabel = "NAME", description = "The baby (name or id); may be left out when there is one.")
    String baby;

    @Option(names = "--kind", description = "breastfeeding, sleep, pumping, tummy-time, or one of your own activities.")
    String kind;

    @Option(names = "--side", description = "For breastfeeding: the side to start on (left or right).")
    String side;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private final Console console;

    TimerCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Action chosen = Choices.parse(Action.class, "action", action);
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            Journal journal = open.journal;
            if (chosen == Action.LIST) {
                UUID babyId = baby == null ? null : Targets.baby(journal.family(), baby).meta().id();
                print(journal, journal.timers().running(babyId));
                open.save();
                return ExitCodes.OK;
            }
            Baby target = Targets.baby(journal.family(), baby);
            if (kind == null) {
                throw new CliFailure(ExitCodes.USAGE, "give --kind: breastfeeding, sleep, pumping, tummy-time or your own");
            }
            TimerKind timerKind = kindOf(kind);
            UUID activityTypeId = timerKind == TimerKind.CUSTOM ? activityType(journal, chosen == Action.START) : null;
            if (chosen == Action.START) {
                RunningTimer started = journal.timers().start(target.meta().id(), timerKind, activityTypeId,
                        Choices.parse(Side.class, "--side", side));
                open.save();
                print(journal, List.of(started));
                return ExitCodes.OK;
            }
            RunningTimer timer = journal.timers().running(target.meta().id()).stream()
                    .filter(t -> t.kind() == timerKind && java.util.Objects.equals(t.activityTypeId(), activityTypeId))
                    .findFirst()
                    .orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "no such timer is running for this baby"));
            UUID id = timer.meta().id();
            // Said only once the change is saved: a line printed before could outlive a failed save.
            Runnable report = switch (chosen) {
                case SWITCH -> printing(journal, journal.timers().switchSide(id));
                case PAUSE -> printing(journal, journal.timers().pause(id));
                case RESUME -> printing(journal, journal.timers().resume(id));
                case DISCARD -> {
                    journal.timers().discard(id);
                    yield () -> console.out().println("Discarded the timer; nothing was logged.");
                }
                case STOP -> {
                    Entry entry = journal.timers().stop(id);
                    EntryView view = new EntryView(entry, target.name(), null, open.zone,
                            Targets.activityName(journal.family(), entry));
                    yield () -> console.out().println(json ? view.json()
                            : "Logged " + view.plainLine() + "  (id " + entry.id() + ")");
                }
                default -> throw new IllegalStateException("handled above: " + chosen);
            };
            open.save();
            report.run();
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    private static TimerKind kindOf(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TimerKind builtIn : TimerKind.values()) {
            if (builtIn != TimerKind.CUSTOM && builtIn.name().equals(wanted)) {
                return builtIn;
            }
        }
        return TimerKind.CUSTOM;
    }

    /** The family's own activity named by --kind; added (as a timed activity) when a timer starts for it. */
    private UUID activityType(Journal journal, boolean mayAdd) {
        return journal.family().activityTypes().stream()
                .filter(t -> t.name().equalsIgnoreCase(kind.strip())).findFirst()
                .or(() -> mayAdd ? java.util.Optional.of(journal.family().addActivityType(kind, null, true))
                        : java.util.Optional.<ActivityType>empty())
                .orElseThrow(() -> new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "no such timer is running for this baby"))
                .meta().id();
    }

    private Runnable printing(Journal journal, RunningTimer timer) {
        return () -> print(journal, List.of(timer));
    }

    /** As the other commands print a time: the clock time where the timer was started, to the minute. */
    private static final java.time.format.DateTimeFormatter SINCE = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm");

    private void print(Journal journal, List<RunningTimer> timers) {
        Instant now = Instant.now();
        Map<UUID, String> names = new LinkedHashMap<>();
        journal.family().babies(true).forEach(b -> names.put(b.meta().id(), b.name()));
        Map<UUID, String> activities = new LinkedHashMap<>();
        journal.family().activityTypes().forEach(t -> activities.put(t.meta().id(), t.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RunningTimer timer : timers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", timer.meta().id().toString());
            row.put("baby", names.get(timer.babyId()));
            row.put("kind", timer.kind() == TimerKind.CUSTOM ? activities.get(timer.activityTypeId()) : Choices.name(timer.kind()));
            row.put("startedAt", timer.startedAt().atOffset(timer.offset()).toString());
            row.put("since", SINCE.format(timer.startedAt().atOffset(timer.offset())));
            row.put("activeMinutes", timer.state().active(now).toMinutes());
            row.put("paused", timer.state().paused());
            row.put("side", Choices.name(timer.state().side()));
            rows.add(row);
        }
        if (json) {
            rows.forEach(row -> row.remove("since"));
            console.out().println(JsonMapper.builder().build().writeValueAsString(rows));
        } else if (rows.isEmpty()) {
            console.out().println("No timer is running.");
        } else {
            for (Map<String, Object> row : rows) {
                Object since = row.remove("since");
                console.out().println(row.get("baby") + "  " + row.get("kind") + "  since " + since + "  "
                        + row.get("activeMinutes") + " min" + (row.get("side") == null ? "" : ", on the " + row.get("side"))
                        + (Boolean.TRUE.equals(row.get("paused")) ? ", paused" : ""));
            }
        }
    }
}
