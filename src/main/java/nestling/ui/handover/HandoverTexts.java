package nestling.ui.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.UnitFormat;
import nestling.domain.UnitSystem;
import nestling.guidance.Handover;
import nestling.ui.common.UiContext;
import nestling.ui.today.TodayTexts;

/** The handover's lines in the window's language, in the order a tired caregiver reads them. */
public final class HandoverTexts {
    private final UiContext context;
    private final TodayTexts today;

    public HandoverTexts(UiContext context) {
        this.context = context;
        this.today = new TodayTexts(context);
    }

    /** A line: its caption ("Last feed") and what it says. */
    public record Line(String caption, String text) {
    }

    public String heading(String baby, Handover h) {
        return context.formats().message("handover.heading", baby, context.formats().dateTime(h.since()),
                today.duration(Duration.between(h.since(), h.until())));
    }

    public List<Line> lines(Handover h, UnitSystem units) {
        List<Line> lines = new ArrayList<>();
        Instant now = h.until();
        lines.add(new Line(context.text("handover.lastFeed"), h.lastFeed() == null ? context.text("handover.noFeed")
                : context.formats().message("handover.ago", time(h.lastFeed().start()), feed(h.lastFeed(), units),
                        today.duration(Duration.between(h.lastFeed().start(), now)))));
        if (h.asleepSince() != null) {
            lines.add(new Line(context.text("handover.sleep"), context.formats().message("handover.asleep",
                    time(h.asleepSince()), today.duration(Duration.between(h.asleepSince(), now)))));
        } else if (h.awakeSince() != null) {
            lines.add(new Line(context.text("handover.sleep"), context.formats().message("handover.awake",
                    time(h.awakeSince()), today.duration(Duration.between(h.awakeSince(), now)))));
        }
        lines.add(new Line(context.text("handover.slept"), today.duration(h.sleep())));
        lines.add(new Line(context.text("handover.feeds"), context.formats().message("handover.feedCounts", h.feeds(),
                UnitFormat.volume(h.bottleMl(), units), today.duration(h.breastTime()))));
        lines.add(new Line(context.text("handover.diapers"), context.formats().message("handover.diaperCounts",
                h.diapers(), h.wetDiapers(), h.dirtyDiapers())));
        List<String> doses = new ArrayList<>();
        for (Entry dose : h.doses()) {
            EntryData.Medicine m = (EntryData.Medicine) dose.data();
            doses.add(time(dose.start()) + " " + m.name() + (m.dose() == null ? "" : " " + m.dose().stripTrailingZeros()
                    .toPlainString() + (m.unit() == null ? "" : " " + context.text("entry.choice.DoseUnit." + m.unit().name().toLowerCase(java.util.Locale.ROOT)))));
        }
        lines.add(new Line(context.text("handover.medicine"), doses.isEmpty() ? context.text("handover.noMedicine")
                : String.join("\n", doses)));
        for (Handover.DoseDue due : h.dosesDue()) {
            lines.add(new Line(context.text("handover.nextDose"), due.isDue(now)
                    ? context.formats().message("handover.doseNow", due.medicine())
                    : context.formats().message("handover.doseFrom", due.medicine(), time(due.from()))));
        }
        for (Entry note : h.notes()) {
            String text = note.data() instanceof EntryData.Note n ? n.text() : ((EntryData.Milestone) note.data()).title();
            lines.add(new Line(context.text("handover.note"), time(note.start()) + " " + text));
        }
        return lines;
    }

    private String feed(Entry feed, UnitSystem units) {
        return switch (feed.data()) {
            case EntryData.Bottle b -> b.ml() == null ? context.text("handover.bottle")
                    : context.formats().message("handover.bottleMl", UnitFormat.volume(b.ml(), units));
            case EntryData.Breastfeeding b -> context.formats().message("handover.breast", b.leftSeconds() / 60,
                    b.rightSeconds() / 60);
            default -> "";
        };
    }

    private String time(Instant instant) {
        return context.formats().time(instant);
    }
}
