package nestling.ui.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import nestling.guidance.AgeWakeRange;
import nestling.guidance.WakeWindowDays;
import nestling.insights.DailyPoint;
import nestling.insights.DayPattern;
import nestling.insights.Metric;
import nestling.insights.TemperatureReading;
import nestling.insights.Trend;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/** The words of the insights screen: chart summaries (also what screen readers read) and the averages. */
final class InsightsText {
    /** The averages shown as text, in this order. */
    static final List<Metric> SHOWN = List.of(Metric.FEEDS, Metric.BOTTLE_ML, Metric.SLEEP_MINUTES,
            Metric.NIGHT_SLEEP_MINUTES, Metric.NAP_MINUTES, Metric.WET_DIAPERS, Metric.DIRTY_DIAPERS,
            Metric.TUMMY_TIME_MINUTES);

    private final UiContext context;
    private final Formats formats;
    private final Locale locale;

    InsightsText(UiContext context) {
        this.context = context;
        this.formats = context.formats();
        Locale bundleLocale = context.bundle().getLocale();
        this.locale = bundleLocale == null || bundleLocale.getLanguage().isEmpty()
                ? Locale.getDefault(Locale.Category.FORMAT) : bundleLocale;
    }

    Locale locale() {
        return locale;
    }

    String text(String key) {
        return context.text(key);
    }

    /** The average over the days that count: from {@code data.firstDay()} on (every day before any entry). */
    static double average(InsightsData data, ToDoubleFunction<DailyPoint> value) {
        return counted(data).stream().mapToDouble(value).average().orElse(0);
    }

    private static List<DailyPoint> counted(InsightsData data) {
        LocalDate first = data.firstDay();
        return first == null ? data.daily() : data.daily().stream().filter(d -> !d.date().isBefore(first)).toList();
    }

    /** " Averages count the days from 12 Mar 2026 on." when the range starts before them, else "". */
    private String since(InsightsData data) {
        return data.firstDay() == null || !data.firstDay().isAfter(data.from()) ? ""
                : formats.message("insights.counted", date(data.firstDay()));
    }

    String sleepSummary(InsightsData data) {
        return formats.message("insights.sleep.summary", data.daily().size(), average(data, DailyPoint::sleepHours))
                + since(data);
    }

    String feedingSummary(InsightsData data) {
        return formats.message("insights.feeding.summary", data.daily().size(), average(data, DailyPoint::feeds))
                + since(data);
    }

    String volumeSummary(InsightsData data) {
        DailyPoint most = data.daily().stream().max(java.util.Comparator.comparingInt(DailyPoint::bottleMl)).orElse(null);
        if (most == null || most.bottleMl() == 0) {
            return context.text("insights.volume.none");
        }
        return formats.message("insights.volume.summary", average(data, DailyPoint::bottleMl), most.bottleMl(),
                date(most.date())) + since(data);
    }

    String diaperSummary(InsightsData data) {
        return formats.message("insights.diapers.summary", average(data, DailyPoint::wetDiapers),
                average(data, DailyPoint::dirtyDiapers)) + since(data);
    }

    String tummySummary(InsightsData data) {
        return formats.message("insights.tummy.summary", average(data, DailyPoint::tummyTimeMinutes)) + since(data);
    }

    String temperatureSummary(InsightsData data) {
        if (data.temperatures().isEmpty()) {
            return context.text("insights.temperature.none");
        }
        TemperatureReading highest = data.temperatures().stream()
                .max(java.util.Comparator.comparingInt(TemperatureReading::deciCelsius)).orElseThrow();
        return formats.message("insights.temperature.summary", data.temperatures().size(), highest.celsius(),
                date(highest.localTime().toLocalDate()));
    }

    String block(nestling.domain.FamilyDays days, DayPattern day, DayPattern.Block block) {
        java.time.Instant start = days.start(day.date());
        return formats.message("insights.block", context.text("timeline.kind." + block.type().wireName()),
                formats.time(start.plusSeconds(block.startMinute() * 60L)),
                formats.time(start.plusSeconds(block.endMinute() * 60L)), block.label(), date(day.date()));
    }

    /** What the wake-window chart shows, in words: how many, their median, and how many sit in the age's band. */
    String wakeSummary(WakeWindowDays wake) {
        if (wake.windows().isEmpty()) {
            return formats.message("insights.wake.none", WakeWindowDays.DAYS);
        }
        String counted = formats.message("insights.wake.summary", wake.windows().size(), WakeWindowDays.DAYS,
                span(wake.median()));
        return wake.ageRange().map(range -> counted + " " + formats.message(wake.corrected()
                ? "insights.wake.rangeCorrected" : "insights.wake.range", wake.withinRange(), span(range.shortest()),
                span(range.longest()), AgeWakeRange.SOURCE)).orElse(counted + " " + context.text("insights.wake.noRange"));
    }

    /** A dot's hover text: "Mon 3 Mar 2026: awake 1 h 45 min from 09:10". */
    String wakeWindow(WakeWindowDays wake, WakeWindowDays.Window window) {
        java.time.LocalTime clock = wake.days().dayStart().time().plusMinutes(window.clockMinute());
        return formats.message("insights.wake.dot", date(window.day()), span(window.length()),
                String.format(Locale.ROOT, "%02d:%02d", clock.getHour(), clock.getMinute()));
    }

    private String span(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? formats.message("timeline.minutes", minutes) : minutes % 60 == 0
                ? formats.message("timeline.hours", minutes / 60)
                : formats.message("timeline.hoursMinutes", minutes / 60, minutes % 60);
    }

    String reading(TemperatureReading reading) {
        return formats.message("insights.reading", reading.celsius(), date(reading.localTime().toLocalDate()),
                String.format(Locale.ROOT, "%02d:%02d", reading.localTime().getHour(), reading.localTime().getMinute()));
    }

    String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /**
     * "Sleep: 13 h 20 min a day over the last 7 days (up); 12 h 55 min over 30 days (steady)", over
     * the days that count: "Feeds: 6 a day over 3 days" in the first days of logging.
     */
    String average(Metric metric, Trend week, Trend month) {
        String name = context.text("insights.metric." + metric.id());
        if (week.current().days() < 7) {
            // The first week of logging: the 30 days hold the same few days, and nothing before them.
            return formats.message("insights.average.short", name, value(metric, week.current().average(metric)),
                    direction(week.direction(metric)), week.current().days());
        }
        return formats.message("insights.average", name, value(metric, week.current().average(metric)),
                direction(week.direction(metric)), value(metric, month.current().average(metric)),
                direction(month.direction(metric)), month.current().days());
    }

    /** Under the heading: up to yesterday; from which day, when the 30 days began before it; or not yet. */
    String averagesHint(Trend month) {
        if (month.current().days() == 0) {
            return context.text("insights.averages.none");
        }
        if (month.current().days() < 30) {
            return formats.message("insights.averages.since", date(month.current().countedFrom()));
        }
        return context.text("insights.averages.hint");
    }

    private String value(Metric metric, double value) {
        return switch (metric) {
            case BOTTLE_ML -> formats.message("insights.value.ml", value);
            case FEEDS, WET_DIAPERS, DIRTY_DIAPERS -> formats.message("insights.value.count", value);
            default -> {
                long minutes = Math.round(value);
                yield minutes < 60 ? formats.message("timeline.minutes", minutes)
                        : formats.message("timeline.hoursMinutes", minutes / 60, minutes % 60);
            }
        };
    }

    private String direction(Trend.Direction direction) {
        return context.text("insights.trend." + direction.name().toLowerCase(Locale.ROOT));
    }
}
