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
        if (!merged.changedAnything()) {
            return context.text("backup.merge.nothing");
        }
        long added = 0;
        long updated = 0;
        long deleted = 0;
        for (MergeSummary.Counts counts : merged.tables().values()) {
            added += counts.added() + counts.tombstonesAdded();
            updated += counts.updated();
            deleted += counts.deleted();
        }
        String text = context.formats().message("backup.merge.counts", added, updated, deleted, merged.conflictCount());
        if (merged.conflictCount() > 0) {
            long keptHere = merged.conflicts().stream().filter(c -> !"backup".equals(c.kept())).count();
            text += " " + context.formats().message("backup.merge.conflicts", keptHere,
                    merged.conflicts().size() - keptHere);
        }
        return text;
    }
}
