package nestling.ui.insights;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.insights.ProtocolDay;
import nestling.ui.chart.ChartFrame;
import nestling.ui.common.Controls;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/**
 * The 24-hour protocol card of Insights: two weeks at a glance, paging back and forth by two weeks,
 * Save as PNG, and a hint how to print it (the report has a page per two weeks).
 */
final class ProtocolView {
    private final ChartFrame frame;
    private final UiContext context;
    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    ProtocolView(UiContext context, ProtocolViewModel model) {
        this.context = context;
        this.locale = Formats.locale(context.bundle());
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        frame = new ChartFrame(context, "insights-protocol", context.text("insights.protocol"));
        Button earlier = Controls.button("insights-protocol-earlier", context.text("insights.protocol.earlier"));
        earlier.setOnAction(e -> model.earlier());
        Button later = Controls.button("insights-protocol-later", context.text("insights.protocol.later"));
        later.setOnAction(e -> model.later());
        later.disableProperty().bind(model.latestProperty());
        HBox paging = new HBox(8, earlier, later);
        paging.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.text("insights-protocol-hint", context.text("insights.protocol.hint"), "hint");
        Label message = Controls.message("insights-protocol-message", model.messageProperty(), "hint");
        frame.root().getChildren().add(1, new VBox(6, hint, paging, message));
        model.daysProperty().subscribe(this::show);
    }

    private void show(List<ProtocolDay> days) {
        if (days.isEmpty()) {
            frame.show(new VBox(), "");
            return;
        }
        int sleeps = 0;
        int feeds = 0;
        int diapers = 0;
        int doses = 0;
        for (ProtocolDay day : days) {
            sleeps += (int) day.sleeps().stream().filter(b -> b.fromMinute() > 0).count();
            for (ProtocolDay.Mark mark : day.marks()) {
                switch (mark.kind()) {
                    case BREAST, BOTTLE, SOLIDS -> feeds++;
                    case WET, DIRTY, WET_AND_DIRTY -> diapers++;
                    case MEDICINE -> doses++;
                    case NOTE -> {
                        // notes are marked, not counted
                    }
                }
            }
        }
        String summary = context.formats().message("insights.protocol.summary", date.format(days.getFirst().date()),
                date.format(days.getLast().date()), sleeps, feeds, diapers, doses);
        frame.show(ProtocolNode.draw(days, locale, this::hover, context::text), summary);
    }

    private String hover(ProtocolDay.Mark mark) {
        String what = context.text("insights.protocol.legend." + mark.kind().name().toLowerCase(Locale.ROOT));
        return time.format(LocalTime.ofSecondOfDay(mark.minute() * 60L)) + " · " + what
                + (mark.detail().isEmpty() ? "" : " · " + mark.detail());
    }

    VBox root() {
        return frame.root();
    }
}
