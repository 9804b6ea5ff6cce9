package nestling.report;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nestling.domain.SleepKind;
import nestling.insights.Protocol;
import nestling.insights.ProtocolDay;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The 24-hour protocol pages of the report: two weeks per landscape page (24 hour columns need the
 * width), days as rows from the top like the clinics' paper form, sleep as bars, feeds, diapers,
 * doses and notes as marks in a second band of each row, and a legend. Drawn on the page directly.
 */
final class ProtocolPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final Color NAP = new Color(0x9F, 0xA8, 0xDA);
    private static final float LABEL = 70;
    private static final float ROW = 28;

    private ProtocolPdf() {
    }

    /** Appends one landscape page per {@link Protocol#DAYS_PER_PAGE} days of {@code days}. */
    static void pages(Document document, PdfWriter writer, ReportData data, Paper paper, BaseFont font) {
        List<ProtocolDay> days = data.protocol();
        for (int first = 0; first < days.size(); first += Protocol.DAYS_PER_PAGE) {
            List<ProtocolDay> page = days.subList(first, Math.min(days.size(), first + Protocol.DAYS_PER_PAGE));
            // A landscape media box rather than a /Rotate flag: viewers and print dialogs agree on it.
            document.setPageSize(new Rectangle(paper.size().getHeight(), paper.size().getWidth()));
            document.newPage();
            page(writer.getDirectContent(), document, data.baby().name(), page, font);
        }
    }

    private static void page(PdfContentByte canvas, Document document, String name, List<ProtocolDay> days,
            BaseFont font) {
        float left = document.left();
        float right = document.right();
        float top = document.top();
        text(canvas, font, 16, ReportStyle.TEXT, left, top - 14, "24-hour protocol");
        text(canvas, font, 10, ReportStyle.MUTED, left, top - 30, name + " · " + DATE.format(days.getFirst().date())
                + " to " + DATE.format(days.getLast().date()) + " · one row per day, hours as on the clock");
        float gridLeft = left + LABEL;
        float hour = (right - gridLeft) / 24;
        float gridTop = top - 56;
        float gridBottom = gridTop - ROW * days.size();
        for (int h = 0; h <= 24; h++) {
            float x = gridLeft + h * hour;
            line(canvas, h % 6 == 0 ? ReportStyle.MUTED : ReportStyle.GRID, x, gridTop, x, gridBottom);
            if (h < 24) {
                text(canvas, font, 7, ReportStyle.MUTED, x + 2, gridTop + 4, String.format(Locale.ROOT, "%02d", h));
            }
        }
        for (int i = 0; i < days.size(); i++) {
            ProtocolDay day = days.get(i);
            float y = gridTop - (i + 1) * ROW;
            line(canvas, ReportStyle.GRID, left, y, right, y);
            text(canvas, font, 8, ReportStyle.TEXT, left, y + ROW - 11, DAY.format(day.date()));
            if (day.hours() != 24) {
                text(canvas, font, 6.5f, ReportStyle.MUTED, left, y + ROW - 20, "clocks changed: " + day.hours() + " h");
            }
            for (ProtocolDay.Bar bar : day.sleeps()) {
                float width = Math.max(1, (bar.toMinute() - bar.fromMinute()) * hour / 60);
                fill(canvas, bar.kind() == SleepKind.NIGHT ? ReportStyle.SLEEP : NAP, gridLeft + bar.fromMinute() * hour / 60,
                        y + ROW - 11, width, 8);
                if (bar.running()) { // still asleep when printed: an arrowhead at the open end
                    float end = gridLeft + bar.fromMinute() * hour / 60 + width;
                    canvas.setColorFill(ReportStyle.TEXT);
                    canvas.moveTo(end, y + ROW - 12);
                    canvas.lineTo(end + 5, y + ROW - 7);
                    canvas.lineTo(end, y + ROW - 2);
                    canvas.closePath();
                    canvas.fill();
                }
            }
            for (ProtocolDay.Mark mark : day.marks()) {
                mark(canvas, font, mark, gridLeft + mark.minute() * hour / 60, y + 8);
            }
        }
        line(canvas, ReportStyle.MUTED, left, gridTop, right, gridTop);
        legend(canvas, font, left, gridBottom - 22);
    }

    /** A mark centred on ({@code x}, {@code y}); a short detail (ml or side) in small print beneath. */
    private static void mark(PdfContentByte canvas, BaseFont font, ProtocolDay.Mark mark, float x, float y) {
        switch (mark.kind()) {
            case BREAST, BOTTLE, SOLIDS -> {
                canvas.setColorFill(ReportStyle.FEEDING);
                canvas.setColorStroke(ReportStyle.FEEDING);
                // Breast points down, bottle and solids up: told apart without colour too.
                float tip = mark.kind() == ProtocolDay.MarkKind.BREAST ? -1 : 1;
                canvas.moveTo(x - 3.5f, y - 3 * tip);
                canvas.lineTo(x + 3.5f, y - 3 * tip);
                canvas.lineTo(x, y + 4 * tip);
                canvas.closePath();
                if (mark.kind() == ProtocolDay.MarkKind.SOLIDS) {
                    canvas.stroke();
                } else {
                    canvas.fill();
                }
                if (mark.kind() != ProtocolDay.MarkKind.SOLIDS && !mark.detail().isEmpty()) {
                    text(canvas, font, 5, ReportStyle.FEEDING, x - 5, y - 9, mark.detail().replace(" ml", ""));
                }
            }
            case WET, DIRTY, WET_AND_DIRTY -> {
                canvas.setColorFill(ReportStyle.DIAPER);
                canvas.setColorStroke(ReportStyle.DIAPER);
                canvas.setLineWidth(1);
                canvas.circle(x, y, 3);
                if (mark.kind() == ProtocolDay.MarkKind.WET) {
                    canvas.stroke();
                } else {
                    canvas.fill();
                }
                if (mark.kind() == ProtocolDay.MarkKind.WET_AND_DIRTY) {
                    canvas.circle(x, y, 4.6f);
                    canvas.stroke();
                }
            }
            case MEDICINE -> fill(canvas, ReportStyle.MEDICINE, x - 3, y - 3, 6, 6);
            case NOTE -> text(canvas, font, 8, ReportStyle.NOTES, x - 2.5f, y - 3, "N");
        }
    }

    private static void legend(PdfContentByte canvas, BaseFont font, float x, float y) {
        fill(canvas, ReportStyle.SLEEP, x, y, 18, 7);
        x = label(canvas, font, x + 22, y, "night sleep");
        fill(canvas, NAP, x, y, 18, 7);
        x = label(canvas, font, x + 22, y, "nap");
        String[] names = {"breast (side)", "bottle (ml)", "solids", "wet", "dirty", "wet and dirty", "medicine", "note"};
        ProtocolDay.MarkKind[] kinds = ProtocolDay.MarkKind.values();
        for (int i = 0; i < kinds.length; i++) {
            mark(canvas, font, new ProtocolDay.Mark(0, kinds[i], ""), x + 4, y + 3.5f);
            x = label(canvas, font, x + 11, y, names[i]);
        }
        text(canvas, font, 7, ReportStyle.MUTED, canvas.getPdfDocument().left(), y - 14,
                "Medicines, doses and notes are listed in full in the report's sections. On the days the clocks change"
                        + " the row keeps 24 columns: the skipped hour stays empty, the repeated hour is drawn once.");
        text(canvas, font, 7, ReportStyle.MUTED, canvas.getPdfDocument().left(), y - 23,
                "A sleep still running when this was printed is drawn up to that moment and ends in an arrowhead.");
    }

    private static float label(PdfContentByte canvas, BaseFont font, float x, float y, String label) {
        text(canvas, font, 8, ReportStyle.TEXT, x, y, label);
        return x + font.getWidthPoint(label, 8) + 14;
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color colour, float x, float y,
            String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static void fill(PdfContentByte canvas, Color colour, float x, float y, float width, float height) {
        canvas.setColorFill(colour);
        canvas.rectangle(x, y, width, height);
        canvas.fill();
    }

    private static void line(PdfContentByte canvas, Color colour, float x1, float y1, float x2, float y2) {
        canvas.setColorStroke(colour);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
    }
}
