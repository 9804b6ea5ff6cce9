package nestling.cli;

import picocli.CommandLine.Option;

/** Options every {@code nestling log TYPE} takes: which baby, when, who, and the output form. */
final class LogOptions {
    @Option(names = "--baby", paramLabel = "NAME", description = "The baby (name or id); may be left out when there is one.")
    String baby;

    @Option(names = "--at", paramLabel = "TIME", description = "When it happened, e.g. 2026-11-20T08:15 (local time; default now).")
    String at;

    @Option(names = "--start", paramLabel = "TIME", description = "Start of something that lasts, e.g. 2026-11-20T21:30.")
    String start;

    @Option(names = "--end", paramLabel = "TIME", description = "End of something that lasts (default now).")
    String end;

    @Option(names = "--by", paramLabel = "NAME", description = "Who logs it (a caregiver; added on first use). Default: the current caregiver.")
    String by;

    @Option(names = "--locked", description = "Log without the passphrase: sealed into the vault's inbox, merged at the next unlock.")
    boolean locked;

    @Option(names = "--json", description = "Print the logged entry as JSON.")
    boolean json;
}
