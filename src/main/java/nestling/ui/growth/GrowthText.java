package nestling.ui.growth;

import java.util.Locale;
import nestling.growth.Indicator;
import nestling.growth.IndicatorResult;
import nestling.growth.WhoTable;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthPoint;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/** The words and numbers of the growth screen: ages, values with units, z and percentile. */
final class GrowthText {
    private final UiContext context;
    private final Formats formats;

    GrowthText(UiContext context) {
        this.context = context;
        this.formats = context.formats();
    }

    String title(Indicator indicator) {
        return context.text("growth.indicator." + indicator.id());
    }

    String title(GrowthChart chart) {
        return chart.table() == WhoTable.WEIGHT_FOR_HEIGHT ? context.text("growth.indicator.weight-for-height")
                : chart.table() == WhoTable.WEIGHT_FOR_LENGTH ? context.text("growth.indicator.weight-for-length")
                : title(indicatorOf(chart.table()));
    }

    private static Indicator indicatorOf(WhoTable table) {
        return switch (table) {
            case WEIGHT_FOR_AGE -> Indicator.WEIGHT_FOR_AGE;
            case LENGTH_HEIGHT_FOR_AGE -> Indicator.LENGTH_HEIGHT_FOR_AGE;
            case HEAD_CIRCUMFERENCE_FOR_AGE -> Indicator.HEAD_CIRCUMFERENCE_FOR_AGE;
            case BMI_FOR_AGE -> Indicator.BMI_FOR_AGE;
            case WEIGHT_FOR_LENGTH, WEIGHT_FOR_HEIGHT -> Indicator.WEIGHT_FOR_LENGTH_HEIGHT;
        };
    }

    /** "3 mo 2 wk" (or "12 d" in the first weeks). */
    String age(int days) {
        if (days < 0) {
            return formats.message("growth.age.beforeTerm", -days);
        }
        if (days < 28) {
            return formats.message("growth.age.days", days);
        }
        int months = (int) Math.floor(days / 30.4375);
        int weeks = (int) ((days - months * 30.4375) / 7);
        return formats.message("growth.age.monthsWeeks", months, weeks);
    }

    String date(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale()).format(date);
    }

    String shortDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(locale()).format(date);
    }

    String value(double value, String unit) {
        return formats.message("growth.value", value, unit);
    }

    String score(double z, double percentile) {
        return formats.message("growth.score", z, percentile);
    }

    /** The hover text of a point: value, age, z and percentile. */
    String mark(GrowthChart chart, GrowthChart.Mark mark) {
        return formats.message("growth.mark", value(mark.value(), chart.table().unit()), age(mark.point().scoredAgeDays()),
                score(mark.z(), mark.percentile()), date(mark.point().date()));
    }

    /**
     * The text a screen reader reads for a chart (and the caption under it), ending with where the
     * measurements before the due date are when corrected age leaves them off the chart.
     */
    String summary(GrowthChart chart) {
        String note = chart.beforeTerm().isEmpty() ? "" : beforeTerm(chart.beforeTerm().size());
        if (chart.marks().isEmpty()) {
            return context.text("growth.chart.empty") + note;
        }
        GrowthChart.Mark last = chart.marks().getLast();
        return formats.message("growth.chart.summary", chart.marks().size(), mark(chart, last)) + note;
    }

    /** " 2 measurements before the due date are in the table below: the WHO charts start at term." */
    String beforeTerm(int count) {
        return formats.message("growth.chart.beforeTerm", count);
    }

    /** A table cell for one indicator of a measurement. */
    String cell(GrowthPoint point, Indicator indicator) {
        for (IndicatorResult result : point.results()) {
            if (result.indicator() == indicator) {
                return switch (result) {
                    case IndicatorResult.Scored scored -> score(scored.z(), scored.percentile());
                    case IndicatorResult.OutsideRange ignored -> context.text("growth.outside");
                };
            }
        }
        return "";
    }

    String kg(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(locale(), "%.2f", value.getAsDouble()) : "";
    }

    String cm(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format(locale(), "%.1f", value.getAsDouble()) : "";
    }

    private Locale locale() {
        Locale locale = context.bundle().getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? Locale.getDefault(Locale.Category.FORMAT) : locale;
    }

    String text(String key) {
        return context.text(key);
    }
}
