package nestling.ui.timeline;

import java.util.Locale;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import nestling.ui.common.Formats;

/**
 * Where the clocks change on a day (summer or winter time) and how the strip shows it.
 *
 * <p>The strip is drawn in elapsed time, so a night sleep is as long as it lasted and the scale
 * simply has 23 or 25 hour lines, each labelled with what the clock said then: in March the line
 * after 1:00 says 3:00 (2 o'clock never happened), in October 2:00 comes twice. The line where the
 * change happens is dashed, and the hour column says "clock +1 h" or "clock −1 h" there, with the
 * whole story in its tooltip (and for a screen reader). A gap or a fold in the scale would make
 * every length after it wrong; this keeps them right and still explains the odd labels.
 */
record ClockChange(double minute, ZoneOffsetTransition transition, Formats formats, Locale locale) {
    /** The change on {@code day} in {@code zone}, if the clocks change that day. */
    static Optional<ClockChange> on(TimelineDay day, ZoneId zone, Formats formats, Locale locale) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(day.start().minusSeconds(1));
        if (next == null || !next.getInstant().isBefore(day.start().plusSeconds(day.minutes() * 60L))) {
            return Optional.empty();
        }
        return Optional.of(new ClockChange(TimelineDay.minutes(day.start(), next.getInstant()), next, formats, locale));
    }

    boolean forward() {
        return transition.isGap();
    }

    /** "+1 h" or "−1 h" in a few words for the hour column. */
    String label() {
        return formats.message(forward() ? "timeline.clock.forward" : "timeline.clock.back", amount());
    }

    /** The whole story: when, from what to what, how many hours the day has. */
    String detail(TimelineDay day) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        return formats.message(forward() ? "timeline.clock.forward.detail" : "timeline.clock.back.detail",
                time.format(transition.getDateTimeBefore()), time.format(transition.getDateTimeAfter()),
                Math.round(day.minutes() / 60.0));
    }

    private String amount() {
        long minutes = Math.abs(transition.getDuration().toMinutes());
        return minutes % 60 == 0 ? formats.message("timeline.hours", minutes / 60)
                : formats.message("timeline.minutes", minutes);
    }

    /** Draws the dashed line across the strip up to {@code right} and the note in the hour column. */
    void drawOn(Pane pane, TimelineDay day, double right) {
        double y = DayStrip.y(minute);
        Line line = new Line(DayStrip.HOURS_X - 6, y, right, y);
        line.getStyleClass().add("timeline-clock-change-line");
        Label note = new Label(label());
        note.setId("timeline-clock-change");
        note.getStyleClass().add("timeline-clock-change");
        String detail = detail(day);
        Tooltip tip = new Tooltip(detail);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        note.setTooltip(tip);
        note.setAccessibleText(detail);
        note.setFocusTraversable(false);
        note.setMaxWidth(DayStrip.HOURS_X - 10);
        note.setLayoutX(4);
        note.setLayoutY(y + 6);
        pane.getChildren().addAll(line, note);
    }
}
