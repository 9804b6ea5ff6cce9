package nestling.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.journal.HeldInbox;
import nestling.journal.InboxAction;
import nestling.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nestling held list|accept|discard [--all | ID...]}: the entries logged while locked that an
 * unlock held back because the inbox key beside the vault had been replaced (whoever replaced it may
 * have written them), decided from a shell as the window's dialog decides them, over the same core
 * ({@link HeldInbox}). One unlock, one write, one save; "Added" or "Discarded" only once it is saved.
 */
@Command(name = "held", mixinStandardHelpOptions = true,
        description = {"List, accept (add) or discard entries logged while locked that wait for your word because the"
                + " inbox key beside the vault had been replaced.",
            "Example: nestling held list --passphrase-stdin; nestling held accept 3f9a --passphrase-stdin"})
final class HeldCommand implements Callable<Integer> {
    enum Action {
        LIST, ACCEPT, DISCARD
    }

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, accept or discard.")
    String action;

    @Parameters(index = "1..*", paramLabel = "ID",
            description = "A held entry's id as held list prints it (its first characters are enough).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Accept or discard every held entry.")
    boolean all;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Console console;

    HeldCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Action chosen = Choices.parse(Action.class, "action", action);
        if (chosen == Action.LIST && (all || !ids.isEmpty())) {
            throw new CliFailure(ExitCodes.USAGE, "held list takes no ids and no --all");
        }
        if (chosen != Action.LIST && all == !ids.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, "say which held entries to " + Choices.name(chosen)
                    + ": their ids (see nestling held list) or --all");
        }
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            Journal journal = open.journal;
            List<HeldInbox.Shown> held = HeldInbox.shown(HeldInbox.list(open.database()));
            if (chosen == Action.LIST) {
                print(journal, held);
                return ExitCodes.OK;
            }
            Set<String> keys = all ? keysOf(held) : chosen(held);
            if (keys.isEmpty()) { // --all with nothing held
                console.out().println(json ? JSON.writeValueAsString(Map.of(chosen == Action.ACCEPT ? "added"
                        : "discarded", 0)) : "No entry is held: nothing to " + Choices.name(chosen) + ".");
                return ExitCodes.OK;
            }
            Runnable report;
            if (chosen == Action.ACCEPT) {
                HeldInbox.Accepted accepted = HeldInbox.accept(journal, open.database(), keys,
                        java.time.Instant.now());
                report = () -> reportAccepted(accepted);
            } else {
                HeldInbox.drop(open.database(), keys);
                report = () -> console.out().println(json ? JSON.writeValueAsString(Map.of("discarded", keys.size()))
                        : "Discarded " + entries(keys.size()) + "; " + (keys.size() == 1 ? "it was" : "they were")
                                + " not added.");
            }
            open.save(); // said only once the vault file holds the decision
            report.run();
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    /** Each id as given: a held key or the start of exactly one; none is decided unless all are found. */
    private Set<String> chosen(List<HeldInbox.Shown> held) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            List<String> matching = held.stream().map(HeldInbox.Shown::key).filter(k -> !wanted.isEmpty()
                    && k.startsWith(wanted)).toList();
            if (matching.isEmpty()) {
                throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "no held entry has the id '" + id
                        + "': see nestling held list (nothing was changed)");
            }
            if (matching.size() > 1) {
                throw new CliFailure(ExitCodes.USAGE, "'" + id + "' is the start of " + matching.size()
                        + " held entries' ids: give more of it (nothing was changed)");
            }
            keys.add(matching.getFirst());
        }
        return keys;
    }

    private static Set<String> keysOf(List<HeldInbox.Shown> held) {
        Set<String> keys = new LinkedHashSet<>();
        held.forEach(h -> keys.add(h.key()));
        return keys;
    }

    private void reportAccepted(HeldInbox.Accepted accepted) {
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("added", accepted.merged());
            out.put("alreadyThere", accepted.alreadyThere());
            out.put("refused", accepted.refusedBecause());
            console.out().println(JSON.writeValueAsString(out));
            return;
        }
        console.out().println("Added " + entries(accepted.merged()) + (accepted.alreadyThere() == 0 ? ""
                : "; " + accepted.alreadyThere() + " " + (accepted.alreadyThere() == 1 ? "was" : "were")
                        + " already in the vault") + ".");
        for (String why : accepted.refusedBecause()) {
            console.err().println("nestling: warning: a held entry was refused and not added (" + why + ").");
        }
    }

    private static String entries(int count) {
        return count + (count == 1 ? " held entry" : " held entries");
    }

    private void print(Journal journal, List<HeldInbox.Shown> held) {
        Map<UUID, String> names = new LinkedHashMap<>();
        journal.family().babies(true).forEach((Baby b) -> names.put(b.meta().id(), b.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HeldInbox.Shown shown : held) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", shown.key());
            row.put("type", what(shown.action()));
            row.put("at", shown.at().atOffset(shown.offset()).toString());
            row.put("baby", shown.babyId() == null ? null : names.get(shown.babyId()));
            rows.add(row);
        }
        if (json) {
            console.out().println(JSON.writeValueAsString(rows));
        } else if (rows.isEmpty()) {
            console.out().println("No entry logged while locked is held.");
        } else {
            for (int i = 0; i < rows.size(); i++) {
                HeldInbox.Shown shown = held.get(i);
                Object baby = rows.get(i).get("baby");
                console.out().println(shown.key() + "  " + rows.get(i).get("type") + "  "
                        + WHEN.format(shown.at().atOffset(shown.offset())) + (baby == null ? "" : "  " + baby));
            }
        }
    }

    /** "diaper", or a timer's change: "timer start breastfeeding", "timer stop". */
    private static String what(InboxAction action) {
        return switch (action) {
            case InboxAction.NewEntry e -> e.type().wireName();
            case InboxAction.TimerAction t -> "timer " + Choices.name(t.op()) + (t.kind() == null ? ""
                    : " " + Choices.name(t.kind()));
            case InboxAction.Cancel c -> "cancel";
        };
    }
}
