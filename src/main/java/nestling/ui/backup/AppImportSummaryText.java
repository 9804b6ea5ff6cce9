package nestling.ui.backup;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nestling.domain.EntryType;
import nestling.imports.ImportSummary;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/**
 * What a checked import would do, in the window's language: the counts, each of the other app's babies
 * with where it goes, its days and its counts per type, then the refused rows with file, line and reason.
 */
final class AppImportSummaryText {
    /** How many refused rows the summary lists; the rest are counted. */
    static final int LISTED_REFUSALS = 8;

    private AppImportSummaryText() {
    }

    /** The summary in the window's language, refused rows too (file, line and reason). */
    static String of(UiContext context, ImportSummary s) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Formats.locale(context.bundle()));
        StringBuilder text = new StringBuilder(context.formats().message("appImport.summary", s.source(), s.imported(),
                s.duplicates(), s.refusedCount()));
        for (ImportSummary.BabyPart part : s.babies()) {
            String who = part.sourceName().equals(part.nestlingName()) ? part.nestlingName()
                    : part.sourceName() + " \u2192 " + part.nestlingName();
            String added = part.created() ? context.text(part.birthGuessed() ? "appImport.summary.newGuessed"
                    : "appImport.summary.new") : "";
            // a baby whose every row is refused has no days to show
            text.append('\n').append(part.first() == null
                    ? context.formats().message("appImport.summary.babyNoDays", who, added)
                    : context.formats().message("appImport.summary.baby", who, added, dates.format(part.first()),
                            dates.format(part.last())));
            part.types().forEach((EntryType type, ImportSummary.Counts c) -> text.append('\n').append(context.formats()
                    .message("appImport.summary.type", context.text("entry.type." + type.wireName()), c.imported(),
                            c.duplicates(), c.refused())));
        }
        if (!s.refused().isEmpty()) {
            text.append('\n').append(context.formats().message("appImport.refused", Math.min(LISTED_REFUSALS,
                    s.refused().size()), s.refused().size()));
            s.refused().stream().limit(LISTED_REFUSALS).forEach(r -> text.append('\n').append(context.formats()
                    .message("appImport.refused.row", r.where().file(), r.where().line(),
                    RefusalWords.of(context.bundle(), r))));
        }
        return text.toString();
    }
}
