package nestling.ui.timeline;

import java.time.Duration;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/** The words for an entry on the timeline: its kind's name, a short summary, its times. */
final class EntryText {
    private final UiContext context;
    private final Formats formats;

    EntryText(UiContext context) {
        this.context = context;
        this.formats = context.formats();
    }

    /** The locale of dates and times on screen. */
    java.util.Locale locale() {
        return Formats.locale(context.bundle());
    }

    String none() {
        return context.text("timeline.details.none");
    }

    String edit() {
        return context.text("timeline.edit");
    }

    String dragHint() {
        return context.text("timeline.details.drag");
    }

    String kind(EntryType type) {
        return context.text("timeline.kind." + type.wireName());
    }

    /** "Sleep 1 h 20 min", "Bottle 120 ml", "Diaper wet + dirty". */
    String label(Entry entry) {
        String detail = detail(entry);
        return detail.isEmpty() ? kind(entry.type()) : kind(entry.type()) + " " + detail;
    }

    String times(Entry entry) {
        if (entry.end() == null) {
            return formats.time(entry.start());
        }
        return formats.message("timeline.span", formats.time(entry.start()), formats.time(entry.end()),
                duration(Duration.between(entry.start(), entry.end())));
    }

    /** What a screen reader says for an item: kind, detail, times. */
    String accessible(Entry entry) {
        return label(entry) + ", " + times(entry);
    }

    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 60 ? formats.message("timeline.hoursMinutes", minutes / 60, minutes % 60)
                : formats.message("timeline.minutes", minutes);
    }

    private String detail(Entry entry) {
        return switch (entry.data()) {
            case EntryData.Bottle bottle -> bottle.ml() == null ? "" : formats.message("timeline.ml", bottle.ml());
            case EntryData.Breastfeeding feed -> (feed.leftSeconds() > 0 ? context.text("timeline.left") : "")
                    + (feed.leftSeconds() > 0 && feed.rightSeconds() > 0 ? "+" : "")
                    + (feed.rightSeconds() > 0 ? context.text("timeline.right") : "");
            case EntryData.Diaper diaper -> String.join(" + ",
                    java.util.stream.Stream.of(diaper.wet() ? context.text("timeline.wet") : null,
                            diaper.dirty() ? context.text("timeline.dirty") : null,
                            diaper.dry() ? context.text("timeline.dry") : null)
                            .filter(java.util.Objects::nonNull).toList());
            case EntryData.Medicine medicine -> medicine.name() == null ? "" : medicine.name();
            case EntryData.Temperature t -> t.deciCelsius() == null ? ""
                    : formats.message("timeline.celsius", t.deciCelsius() / 10.0);
            case EntryData.Note note -> note.text() == null ? "" : shorten(note.text());
            case EntryData.Milestone milestone -> milestone.title() == null ? "" : shorten(milestone.title());
            default -> entry.end() == null ? "" : duration(Duration.between(entry.start(), entry.end()));
        };
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "\u2026";
    }
}
