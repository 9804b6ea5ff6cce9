package nestling.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderBook;
import nestling.reminders.ReminderState;
import nestling.reminders.Reminders;
import nestling.store.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code nestling reminders}: the reminders due now (as Today's cards show them), thin over {@link ReminderBook}. */
@Command(name = "reminders", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the reminders that are due or overdue now: medicine doses (from their minimum interval), "
            + "feeds and diaper checks (intervals set in the window's Settings), and the backup. Snoozed and dismissed "
            + "ones are left out unless --all.",
            "Example: nestling reminders --json --passphrase-stdin"})
final class RemindersCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Ask as of this time, e.g. 2026-11-20T13:05 (local time; default now).")
    String at;

    @Option(names = "--all", description = "Also list snoozed, dismissed and not yet due ones.")
    boolean all;

    @Mixin
    ZoneOption zone;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private final Console console;

    RemindersCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ZoneId zoneId = zone.zoneId(console.environment());
        Instant now = at == null ? Instant.now() : CliTime.instant("--at", at, zoneId);
        List<Reminder> reminders;
        Map<UUID, String> names;
        boolean neverBackedUp;
        try (VaultSession session = VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases)) {
            Clock clock = Clock.fixed(now, zoneId);
            Journal journal = Journal.of(session.database(), clock);
            reminders = new ReminderBook(journal, session.database(), clock).now();
            names = journal.family().babies(true).stream().collect(Collectors.toMap(b -> b.meta().id(), Baby::name));
            neverBackedUp = nestling.backup.LastBackup.of(session.database()).isEmpty();
        }
        List<Reminder> shown = all ? reminders : Reminders.calling(reminders);
        console.out().println(json ? json(shown, names, zoneId) : text(shown, names, zoneId, neverBackedUp));
        console.out().flush();
        return ExitCodes.OK;
    }

    private static String text(List<Reminder> reminders, Map<UUID, String> names, ZoneId zone, boolean neverBackedUp) {
        if (reminders.isEmpty()) {
            return "Nothing is due.";
        }
        StringBuilder out = new StringBuilder();
        for (Reminder r : reminders) {
            String who = r.babyId() == null ? "family" : names.getOrDefault(r.babyId(), "?");
            String what = r.subject() == null ? word(r.kind()) : word(r.kind()) + " " + r.subject();
            String due = "due " + r.dueAt().atZone(zone).toLocalDateTime();
            String since = r.kind() == nestling.reminders.ReminderKind.BACKUP && neverBackedUp
                    ? due + ", no backup made on this computer yet" : due;
            String snoozed = r.state() == ReminderState.SNOOZED ? " (snoozed until "
                    + r.snoozedUntil().atZone(zone).toLocalTime() + ")" : "";
            out.append(String.format(Locale.ROOT, "%-9s %-9s %s: %s%s%n", word(r.state()), what, who, since, snoozed));
        }
        return out.toString().stripTrailing();
    }

    private static String json(List<Reminder> reminders, Map<UUID, String> names, ZoneId zone) {
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode list = mapper.createArrayNode();
        for (Reminder r : reminders) {
            ObjectNode row = list.addObject();
            row.put("kind", word(r.kind()));
            row.put("state", word(r.state()).replace('_', '-'));
            row.put("babyId", r.babyId() == null ? null : r.babyId().toString());
            row.put("baby", r.babyId() == null ? null : names.get(r.babyId()));
            row.put("medicine", r.subject());
            row.put("dueAt", time(r.dueAt(), zone));
            row.put("warningAt", r.warnAt().equals(Instant.MAX) ? null : time(r.warnAt(), zone));
            row.put("snoozedUntil", r.snoozedUntil() == null ? null : time(r.snoozedUntil(), zone));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }
}
