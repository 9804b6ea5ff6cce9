package nestling.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import nestling.growth.Centile;
import nestling.growth.CentileCurves;
import nestling.growth.WhoTable;
import nestling.insights.GrowthChart;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws one growth chart as vector graphics: the P3–P97 band and the P15–P85 band shaded, the five
 * centile lines labelled at the right, and the baby's measurements joined. Age axes are in months.
 */
final class GrowthChartPdf {
    private static final float LEFT = 34;
    private static final float RIGHT = 26;
    private static final float BOTTOM = 24;
    private static final float TOP = 18;
    private static final double DAYS_PER_MONTH = 30.4375;
    private static final Color OUTER_BAND = new Color(0xE3, 0xF1, 0xE4);
    private static final Color INNER_BAND = new Color(0xC5, 0xE2, 0xC7);
    private static final Color CURVE = new Color(0x81, 0xA8, 0x83);

    private GrowthChartPdf() {
    }

    static Image image(PdfContentByte canvas, GrowthChart chart, String title, String xTitle, float width,
            float height, BaseFont font) throws BadElementException {
        PdfTemplate t = canvas.createTemplate(width, height);
        Frame f = Frame.of(chart, width, height);
        band(t, f, chart.curves().get(Centile.P3), chart.curves().get(Centile.P97), OUTER_BAND);
        band(t, f, chart.curves().get(Centile.P15), chart.curves().get(Centile.P85), INNER_BAND);
        grid(t, f, chart, xTitle, font);
        float lastLabelY = -Float.MAX_VALUE;
        for (Centile centile : Centile.values()) {
            List<CentileCurves.Point> curve = chart.curves().get(centile);
            t.setColorStroke(centile == Centile.P50 ? ReportStyle.GROWTH : CURVE);
            t.setLineWidth(centile == Centile.P50 ? 0.9f : 0.5f);
            polyline(t, f, curve.stream().map(p -> new double[] {p.x(), p.value()}).toList());
            CentileCurves.Point last = curve.getLast();
            // Curves close together (length at the chart's end) would print their labels on top of each other.
            float labelY = Math.max(f.y(last.value()) - 2, lastLabelY + 6.5f);
            lastLabelY = labelY;
            text(t, font, 6, ReportStyle.MUTED, centile.name(), f.x(last.x()) + 2, labelY, Element.ALIGN_LEFT);
        }
        t.setColorStroke(ReportStyle.TEXT);
        t.setLineWidth(1.1f);
        polyline(t, f, chart.marks().stream().map(m -> new double[] {m.x(), m.value()}).toList());
        t.setColorFill(ReportStyle.TEXT);
        for (GrowthChart.Mark mark : chart.marks()) {
            t.circle(f.x(mark.x()), f.y(mark.value()), 1.8f);
            t.fill();
        }
        text(t, font, 8, ReportStyle.TEXT, title, LEFT, height - 11, Element.ALIGN_LEFT);
        return Image.getInstance(t);
    }

    private static void band(PdfTemplate t, Frame f, List<CentileCurves.Point> lower, List<CentileCurves.Point> upper,
            Color colour) {
        t.setColorFill(colour);
        t.moveTo(f.x(lower.getFirst().x()), f.y(lower.getFirst().value()));
        for (CentileCurves.Point p : lower) {
            t.lineTo(f.x(p.x()), f.y(p.value()));
        }
        for (int i = upper.size() - 1; i >= 0; i--) {
            t.lineTo(f.x(upper.get(i).x()), f.y(upper.get(i).value()));
        }
        t.closePath();
        t.fill();
    }

    private static void grid(PdfTemplate t, Frame f, GrowthChart chart, String xTitle, BaseFont font) {
        t.setColorStroke(ReportStyle.GRID);
        t.setLineWidth(0.3f);
        boolean age = chart.table().axis() == WhoTable.Axis.AGE_DAYS;
        // Ticks a label's width apart at least: months for the first year, then quarters, then half-years.
        double months = (chart.xTo() - chart.xFrom()) / DAYS_PER_MONTH;
        double xStep = age ? (months <= 13 ? 1 : months <= 30 ? 3 : 6) * DAYS_PER_MONTH : 5;
        for (double x = Math.ceil(chart.xFrom() / xStep) * xStep; x <= chart.xTo() + 1e-9; x += xStep) {
            t.moveTo(f.x(x), f.bottom);
            t.lineTo(f.x(x), f.top);
            t.stroke();
            String label = age ? String.valueOf(Math.round(x / DAYS_PER_MONTH)) : String.valueOf(Math.round(x));
            text(t, font, 6, ReportStyle.MUTED, label, f.x(x), f.bottom - 8, Element.ALIGN_CENTER);
        }
        double yStep = niceStep((f.yMax - f.yMin) / 6);
        for (double y = Math.ceil(f.yMin / yStep) * yStep; y <= f.yMax + 1e-9; y += yStep) {
            t.moveTo(f.left, f.y(y));
            t.lineTo(f.right, f.y(y));
            t.stroke();
            text(t, font, 6, ReportStyle.MUTED, trim(y), f.left - 3, f.y(y) - 2, Element.ALIGN_RIGHT);
        }
        t.setColorStroke(ReportStyle.MUTED);
        t.rectangle(f.left, f.bottom, f.right - f.left, f.top - f.bottom);
        t.stroke();
        text(t, font, 6, ReportStyle.MUTED, xTitle + " · " + chart.table().unit(), f.right, f.bottom - 16,
                Element.ALIGN_RIGHT);
    }

    private static void polyline(PdfTemplate t, Frame f, List<double[]> points) {
        if (points.size() < 2) {
            return;
        }
        t.moveTo(f.x(points.getFirst()[0]), f.y(points.getFirst()[1]));
        for (double[] p : points.subList(1, points.size())) {
            t.lineTo(f.x(p[0]), f.y(p[1]));
        }
        t.stroke();
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color colour, String text, float x, float y,
            int align) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(colour);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (raw <= factor * magnitude) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Data to page coordinates inside the plot area. */
    private record Frame(float left, float right, float bottom, float top, double xMin, double xMax, double yMin,
            double yMax) {
        static Frame of(GrowthChart chart, float width, float height) {
            double low = Double.MAX_VALUE;
            double high = -Double.MAX_VALUE;
            for (CentileCurves.Point p : chart.curves().get(Centile.P3)) {
                low = Math.min(low, p.value());
            }
            for (CentileCurves.Point p : chart.curves().get(Centile.P97)) {
                high = Math.max(high, p.value());
            }
            for (GrowthChart.Mark mark : chart.marks()) {
                low = Math.min(low, mark.value());
                high = Math.max(high, mark.value());
            }
            double pad = (high - low) * 0.04;
            return new Frame(LEFT, width - RIGHT, BOTTOM, height - TOP, chart.xFrom(), chart.xTo(), low - pad, high + pad);
        }

        float x(double value) {
            return (float) (left + (value - xMin) / (xMax - xMin) * (right - left));
        }

        float y(double value) {
            return (float) (bottom + (value - yMin) / (yMax - yMin) * (top - bottom));
        }
    }
}
