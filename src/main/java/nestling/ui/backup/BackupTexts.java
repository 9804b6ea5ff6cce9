package nestling.ui.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nestling.backup.BackupException;
import nestling.backup.BackupSummary;
import nestling.backup.MergeSummary;
import nestling.ui.common.UiContext;

/** The backup screen's sentences: a backup's contents, a merge's outcome, a problem, the last backup's age. */
public final class BackupTexts {
    private final UiContext context;

    public BackupTexts(UiContext context) {
        this.context = context;
    }

    String lastBackup(Instant at, Instant now) {
        if (at == null) {
            return context.text("backup.last.never");
        }
        long days = Math.max(0, Duration.between(at, now).toDays());
        return context.formats().message("backup.last.days", days, context.formats().dateTime(at));
    }

    /** A named problem in the bundle's language, with the detail (line and column, JSON path) when there is one. */
    public String problem(Throwable failure) {
        if (failure instanceof BackupException backup) {
            String text = context.text("backup.problem." + backup.problem().name());
            return backup.detail() == null ? text : text + " (" + backup.detail() + ")";
        }
        return context.text("backup.problem.other");
    }

    String summary(BackupSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(context.formats().message("backup.summary.made", context.formats().dateTime(summary.info().createdAt()),
                summary.info().appVersion() == null ? "?" : summary.info().appVersion()));
        lines.add(context.formats().message("backup.summary.babies", summary.babies().size(),
                String.join(", ", summary.babies())));
        long entries = summary.entriesByType().values().stream().mapToLong(Long::longValue).sum();
        lines.add(context.formats().message("backup.summary.entries", entries, byType(summary.entriesByType())));
        if (summary.firstEntry() != null) {
            Locale locale = nestling.ui.common.Formats.locale(context.bundle());
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale).withZone(context.clock().getZone());
            lines.add(context.formats().message("backup.summary.range", date.format(summary.firstEntry()),
                    date.format(summary.lastEntry())));
        }
        return String.join("\n", lines);
    }

    private static String byType(Map<String, Long> byType) {
        List<String> parts = new ArrayList<>();
        byType.forEach((type, count) -> parts.add(type + " " + count));
        return String.join(", ", parts);
    }

    String merge(MergeSummary merged) {
        return merge(merged, "backup.merge", false);
    }

    /**
     * A merge's outcome in the words of {@code prefix} ({@code backup.merge} or {@code backup.sync.merge});
     * with {@code tellConflicts}, conflicts are told even when this laptop kept all its versions.
     */
    private String merge(MergeSummary merged, String prefix, boolean tellConflicts) {
        if (!merged.changedAnything() && !(tellConflicts && merged.conflictCount() > 0)) {
            return context.text(prefix + ".nothing");
        }
        long added = 0;
        long updated = 0;
        long deleted = 0;
        for (MergeSummary.Counts counts : merged.tables().values()) {
            added += counts.added() + counts.tombstonesAdded();
            updated += counts.updated();
            deleted += counts.deleted();
        }
        String text = context.formats().message(prefix + ".counts", added, updated, deleted, merged.conflictCount());
        if (merged.conflictCount() > 0) {
            long keptHere = merged.conflicts().stream().filter(c -> !"backup".equals(c.kept())).count();
            text += " " + context.formats().message(prefix + ".conflicts", keptHere,
                    merged.conflicts().size() - keptHere);
        }
        return text;
    }

    /** What a finished sync did, said once the vault is saved and the stick written and verified. */
    String synced(nestling.backup.sync.StickSync.Result result) {
        String when = context.formats().dateTime(result.syncedAt());
        String text;
        if (!result.stickWritten()) {
            text = context.formats().message("backup.sync.done.same", when);
        } else if (result.merged() == null) {
            text = context.formats().message("backup.sync.done.setUp", when);
        } else {
            text = context.formats().message("backup.sync.done", when, merge(result.merged(), "backup.sync.merge", true));
        }
        return result.usedOlderCopy() ? context.text("backup.sync.olderCopy") + "\n" + text : text;
    }

    /** A failed sync: what happened to this laptop and to the stick, and what to do. */
    String syncProblem(Throwable failure, boolean typedPassphrase) {
        if (failure instanceof nestling.backup.sync.StickSync.StickNotWritten notWritten) {
            BackupException why = notWritten.failure();
            String reason = nestling.backup.sync.StickSync.stickGone(why) ? context.text("backup.sync.gone")
                    : why.detail() != null && why.problem() == nestling.backup.BackupProblem.WRITE_FAILED
                    ? context.text("backup.sync.reason." + reasonKey(why.detail())) : problem(why);
            return context.formats().message(notWritten.merged() == null ? "backup.sync.notWritten.setUp"
                    : "backup.sync.notWritten", reason);
        }
        if (failure instanceof java.io.IOException) {
            return context.text("backup.sync.notSaved");
        }
        if (failure instanceof BackupException backup) {
            return switch (backup.problem()) {
                case WRONG_PASSPHRASE -> context.text(typedPassphrase ? "backup.sync.wrongPassphrase" : "backup.sync.needPassphrase");
                case FOLDER_MISSING, UNREADABLE -> context.text("backup.sync.missing");
                case DAMAGED, NOT_A_BACKUP, INVALID_JSON, SCHEMA_VIOLATION, DUPLICATE_ID, IMPOSSIBLE_VALUE, OVERSIZED ->
                    context.text("backup.sync.damaged");
                default -> problem(backup);
            };
        }
        return problem(failure);
    }

    /** The bundle key for one of {@code WriteFailures}' reasons. */
    private static String reasonKey(String detail) {
        return switch (detail) {
            case "the drive is full" -> "full";
            case "the drive refuses writes" -> "refused";
            default -> "failed";
        };
    }

    /** A conflicting record as a parent knows it: "Bottle, 3 Dec 2026, 06:00". */
    String conflictRecord(nestling.backup.ConflictChoices.Versions versions) {
        String kind = context.bundle().containsKey("entry.type." + versions.kind())
                ? context.text("entry.type." + versions.kind()) : context.text("backup.sync.kind.record");
        return versions.at() == null ? kind : kind + ", " + context.formats().dateTime(versions.at());
    }

    /** When each side changed it (and whether it was deleted there). */
    String conflictChanges(nestling.backup.ConflictChoices.Versions versions) {
        return context.formats().message("backup.sync.conflict.changes",
                context.formats().dateTime(versions.thisChangedAt()) + (versions.thisDeleted() ? " (" + context.text("backup.sync.deleted") + ")" : ""),
                context.formats().dateTime(versions.otherChangedAt()) + (versions.otherDeleted() ? " (" + context.text("backup.sync.deleted") + ")" : ""));
    }
}
