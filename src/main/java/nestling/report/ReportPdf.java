package nestling.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nestling.domain.GestationalAge;
import nestling.growth.Indicator;
import nestling.growth.IndicatorResult;
import nestling.domain.Sex;
import nestling.insights.DayTotals;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthPoint;
import nestling.insights.MedicineGiven;
import nestling.insights.Metric;
import nestling.insights.TemperatureReading;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a {@link ReportData} as a PDF: details, averages, day by day, growth, medicines, notes,
 * and last the 24-hour protocol on landscape pages (see {@link ProtocolPdf}).
 */
public final class ReportPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final float MARGIN = 40;
    private static final int EARLIER_GROWTH_ROWS = 5;

    private ReportPdf() {
    }

    public static byte[] render(ReportData data, Paper paper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(paper.size(), MARGIN, MARGIN, MARGIN, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.setPageEvent(new ReportFooter(data.baby().name()));
            document.addTitle("Report for the pediatrician");
            document.addCreator("Nestling");
            document.open();
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            details(document, data);
            averages(document, data);
            dayByDay(document, data);
            growth(document, writer, data, font);
            medicines(document, data);
            temperatures(document, data);
            notes(document, data);
            ProtocolPdf.pages(document, writer, data, paper, font);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report could not be laid out (" + e.getClass().getSimpleName() + ")", e);
        }
        return bytes.toByteArray();
    }

    private static void details(Document document, ReportData data) {
        document.add(new Paragraph("Report for the pediatrician", ReportStyle.TITLE));
        document.add(new Paragraph(data.baby().name() + " · " + DATE.format(data.from()) + " to " + DATE.format(data.to())
                + " (" + data.days().size() + " days)", ReportStyle.SUBTITLE));
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        row(table, "Name", data.baby().name());
        row(table, "Born", DATE.format(data.baby().birthDate()));
        row(table, "Sex", data.baby().sex() == null ? "not recorded" : data.baby().sex() == Sex.FEMALE ? "girl" : "boy");
        GestationalAge gestation = data.baby().gestation();
        row(table, "Gestation at birth", gestation == null ? "not recorded (taken as term)"
                : gestation.weeks() + "+" + gestation.days() + " weeks" + (gestation.isPreterm() ? " (preterm)" : ""));
        String age = ReportText.age(data.baby().birthDate(), data.to());
        if (data.ageAtEnd().isCorrected()) {
            age += " · corrected age " + ReportText.age(data.baby().birthDate().plusDays(
                    data.ageAtEnd().chronologicalDays() - data.ageAtEnd().correctedDays()), data.to());
        }
        row(table, "Age on " + DATE.format(data.to()), age);
        row(table, "Growth scored on", data.basis().name().toLowerCase(Locale.ROOT) + " age, WHO Child Growth Standards (2006)");
        row(table, "Days counted in", data.zone().getId() + dayStart(data));
        document.add(table);
    }

    /** ", from 06:00 to 06:00" when the family's day does not start at midnight (the protocol pages still do). */
    private static String dayStart(ReportData data) {
        if (data.days().isEmpty()) {
            return "";
        }
        java.time.LocalTime start = data.days().getFirst().start().atZone(data.zone()).toLocalTime();
        return start.equals(java.time.LocalTime.MIDNIGHT) ? ""
                : ", each day from " + start + " to " + start + " the next day (the 24-hour protocol: midnight to midnight)";
    }

    private static void averages(Document document, ReportData data) {
        PdfPTable table = titled(new float[] {2.2f, 1.3f, 2.2f, 1.3f}, "Daily averages", ReportStyle.FEEDING);
        table.setHeaderRows(1);
        PdfPCell intro = new PdfPCell(new Phrase(String.format(Locale.ROOT,
                "Per day over the %d days; %d of them have entries. Days without entries count as zero.",
                data.averages().days(), data.averages().loggedDays()), ReportStyle.SMALL));
        intro.setColspan(4);
        intro.setBorder(0);
        intro.setPaddingLeft(0);
        intro.setPaddingBottom(4);
        table.addCell(intro);
        var a = data.averages();
        pair(table, "Feeds (breast + bottle)", ReportText.count(a.average(Metric.FEEDS)),
                "Bottle volume", ReportText.decimal(a.average(Metric.BOTTLE_ML), 0) + " ml");
        pair(table, "Breast, left", ReportText.decimal(a.average(Metric.BREAST_LEFT_MINUTES), 0) + " min",
                "Breast, right", ReportText.decimal(a.average(Metric.BREAST_RIGHT_MINUTES), 0) + " min");
        pair(table, "Sleep", ReportText.hmFromMinutes(a.average(Metric.SLEEP_MINUTES)),
                "Longest sleep", ReportText.hmFromMinutes(a.average(Metric.LONGEST_SLEEP_MINUTES)));
        pair(table, "Night sleep", ReportText.hmFromMinutes(a.average(Metric.NIGHT_SLEEP_MINUTES)),
                "Naps", ReportText.hmFromMinutes(a.average(Metric.NAP_MINUTES)));
        pair(table, "Wet diapers", ReportText.count(a.average(Metric.WET_DIAPERS)),
                "Dirty diapers", ReportText.count(a.average(Metric.DIRTY_DIAPERS)));
        pair(table, "Tummy time", ReportText.decimal(a.average(Metric.TUMMY_TIME_MINUTES), 0) + " min", "", "");
        document.add(table);
    }

    private static void dayByDay(Document document, ReportData data) {
        PdfPTable table = titled(new float[] {1.5f, 0.8f, 1f, 1.4f, 1.2f, 1.2f, 1.2f, 1.2f, 0.7f, 0.7f},
                "Day by day", ReportStyle.SLEEP);
        header(table, "Day", "Feeds", "Bottle ml", "Breast L/R min", "Sleep", "Night", "Naps", "Longest", "Wet", "Dirty");
        for (DayTotals day : data.days()) {
            cells(table, DAY.format(day.date()), String.valueOf(day.feeds()), String.valueOf(day.bottleMl()),
                    Math.round(day.breastLeft().toSeconds() / 60.0) + " / " + Math.round(day.breastRight().toSeconds() / 60.0),
                    ReportText.hm(day.sleep()), ReportText.hm(day.nightSleep()), ReportText.hm(day.naps()),
                    ReportText.hm(day.longestSleep()), String.valueOf(day.wetDiapers()), String.valueOf(day.dirtyDiapers()));
        }
        document.add(table);
    }

    private static void growth(Document document, PdfWriter writer, ReportData data, BaseFont font) {
        if (data.baby().sex() == null) {
            empty(document, "Growth", ReportStyle.GROWTH, "The sex is not recorded, so the WHO standards cannot score growth.");
            return;
        }
        if (data.growth().isEmpty()) {
            empty(document, "Growth", ReportStyle.GROWTH, "No growth measurements up to " + DATE.format(data.to()) + ".");
            return;
        }
        PdfPTable table = titled(new float[] {1.25f, 0.95f, 0.8f, 0.85f, 0.7f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f},
                "Growth", ReportStyle.GROWTH);
        header(table, "Date", "Age d", "Weight kg", "Length cm", "Head cm", "Weight/age", "Length/age", "Head/age",
                "Weight/length", "BMI/age");
        // The charts show the whole history; the table the measurements of the period and a few before.
        List<GrowthPoint> shown = tableRows(data);
        for (GrowthPoint point : shown) {
            String age = point.scoredAgeDays() == point.age().chronologicalDays() ? String.valueOf(point.scoredAgeDays())
                    : point.age().chronologicalDays() + " (" + point.scoredAgeDays() + ")";
            // Before the due date the corrected age is negative and the WHO tables (from term) do not apply.
            boolean beforeTerm = point.scoredAgeDays() < 0;
            cells(table, DATE.format(point.date()), age,
                    point.weightKg().isPresent() ? ReportText.decimal(point.weightKg().getAsDouble(), 3) : "",
                    point.lengthCm().isPresent() ? ReportText.decimal(point.lengthCm().getAsDouble(), 1)
                            + (point.standing() ? " st" : "") : "",
                    point.headCm().isPresent() ? ReportText.decimal(point.headCm().getAsDouble(), 1) : "",
                    score(point, Indicator.WEIGHT_FOR_AGE, beforeTerm),
                    score(point, Indicator.LENGTH_HEIGHT_FOR_AGE, beforeTerm),
                    score(point, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, beforeTerm),
                    score(point, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, beforeTerm),
                    score(point, Indicator.BMI_FOR_AGE, beforeTerm));
        }
        document.add(table);
        document.add(new Paragraph("z-score (percentile) per WHO indicator.", ReportStyle.SMALL));
        int earlier = data.growth().size() - shown.size();
        if (earlier > 0) {
            document.add(new Paragraph(earlier + " earlier measurements are not listed; the charts show them all.",
                    ReportStyle.SMALL));
        }
        if (shown.stream().anyMatch(p -> p.age().isCorrected())) {
            document.add(new Paragraph("Age d: chronological age in days, the corrected age scored in brackets;"
                    + " before term means before the due date, where the WHO standards do not apply.", ReportStyle.SMALL));
        }
        float width = (document.right() - document.left() - 10) / 2;
        PdfPTable charts = new PdfPTable(2);
        charts.setWidthPercentage(100);
        charts.setSpacingBefore(8);
        charts.setKeepTogether(true);
        for (GrowthChart chart : data.charts()) {
            Image image = GrowthChartPdf.image(writer.getDirectContent(), chart, title(chart), xTitle(chart, data),
                    width, width * 0.72f, font);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setBorder(0);
            cell.setPadding(2);
            charts.addCell(cell);
        }
        if (data.charts().size() % 2 == 1) {
            PdfPCell empty = new PdfPCell(new Phrase(""));
            empty.setBorder(0);
            charts.addCell(empty);
        }
        document.add(charts);
    }

    private static List<GrowthPoint> tableRows(ReportData data) {
        List<GrowthPoint> all = data.growth();
        int firstInRange = all.size();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).date().isBefore(data.from())) {
                firstInRange = i;
                break;
            }
        }
        return all.subList(Math.max(0, firstInRange - EARLIER_GROWTH_ROWS), all.size());
    }

    private static String xTitle(GrowthChart chart, ReportData data) {
        if (chart.table().axis() != nestling.growth.WhoTable.Axis.AGE_DAYS) {
            return "length/height (cm)";
        }
        boolean corrected = chart.marks().stream().anyMatch(m -> m.point().age().isCorrected());
        return corrected && data.basis() == nestling.growth.ChildAge.AgeBasis.CORRECTED ? "corrected age (months)"
                : "age (months)";
    }

    private static String title(GrowthChart chart) {
        return chart.table().label().substring(0, 1).toUpperCase(Locale.ROOT) + chart.table().label().substring(1)
                + " (" + (chart.sex() == Sex.FEMALE ? "girls" : "boys") + "), P3 to P97";
    }

    private static String score(GrowthPoint point, Indicator indicator, boolean beforeTerm) {
        for (IndicatorResult result : point.results()) {
            if (result.indicator() == indicator) {
                return beforeTerm && result instanceof IndicatorResult.OutsideRange ? "before term"
                        : ReportText.score(result);
            }
        }
        return "";
    }

    private static void medicines(Document document, ReportData data) {
        List<MedicineGiven> all = new ArrayList<>();
        data.days().forEach(day -> all.addAll(day.medicines()));
        if (all.isEmpty()) {
            empty(document, "Medicines given", ReportStyle.MEDICINE, "None recorded.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (MedicineGiven given : all) {
            rows.add(new String[] {DATE_TIME.format(given.localTime()), given.name(),
                given.dose().stripTrailingZeros().toPlainString() + " " + given.unit().name().toLowerCase(Locale.ROOT)});
        }
        document.add(compact("Medicines given", ReportStyle.MEDICINE, new String[] {"Time", "Medicine", "Dose"},
                new float[] {1.5f, 2f, 1f}, rows, 2));
    }

    private static void temperatures(Document document, ReportData data) {
        List<TemperatureReading> all = new ArrayList<>();
        data.days().forEach(day -> all.addAll(day.temperatures()));
        if (all.isEmpty()) {
            empty(document, "Temperatures", ReportStyle.MEDICINE, "None recorded.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (TemperatureReading reading : all) {
            rows.add(new String[] {DATE_TIME.format(reading.localTime()), ReportText.decimal(reading.celsius(), 1),
                reading.method() == null ? "" : reading.method().name().toLowerCase(Locale.ROOT)});
        }
        document.add(compact("Temperatures", ReportStyle.MEDICINE, new String[] {"Time", "°C", "Taken"},
                new float[] {1.6f, 0.6f, 0.8f}, rows, 3));
    }

    /**
     * A long list of short rows, {@code sets} side by side, read left to right and then down: a
     * quarter's daily doses fit on one page instead of three.
     */
    private static PdfPTable compact(String heading, Color colour, String[] headers, float[] widths, List<String[]> rows,
            int sets) {
        int per = Math.min(sets, Math.max(1, rows.size()));
        float[] all = new float[widths.length * per];
        for (int i = 0; i < all.length; i++) {
            all[i] = widths[i % widths.length];
        }
        PdfPTable table = titled(all, heading, colour);
        table.setWidthPercentage(per == 1 ? 60 : 100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (int s = 0; s < per; s++) {
            header(table, headers);
        }
        for (String[] row : rows) {
            cells(table, row);
        }
        // Pad the last line with empty cells in the grid colour (completeRow would draw black borders).
        for (int left = (per - rows.size() % per) % per * widths.length; left > 0; left--) {
            cells(table, "");
        }
        return table;
    }

    private static void notes(Document document, ReportData data) {
        if (data.notes().isEmpty()) {
            empty(document, "Notes and milestones", ReportStyle.NOTES, "None recorded.");
            return;
        }
        PdfPTable table = titled(new float[] {1.2f, 5f}, "Notes and milestones", ReportStyle.NOTES);
        header(table, "Time", "Note or milestone");
        for (JournalNote note : data.notes()) {
            Phrase text = new Phrase();
            if (note.milestone()) {
                text.add(new Chunk("Milestone: " + note.title(), ReportStyle.SMALL_BOLD));
                if (note.text() != null && !note.text().isBlank()) {
                    text.add(new Chunk(" · " + note.text(), ReportStyle.SMALL));
                }
            } else {
                text.add(new Chunk(note.text(), ReportStyle.SMALL));
            }
            cells(table, DATE_TIME.format(note.localTime()));
            PdfPCell cell = new PdfPCell(text);
            cell.setBorderColor(ReportStyle.GRID);
            cell.setPadding(3);
            table.addCell(cell);
        }
        document.add(table);
    }

    /**
     * A table whose first row is the section's heading and whose second (added by the caller) names
     * the columns. Both repeat on every page the table runs onto, and the heading can never be left
     * alone at the foot of a page: the table starts on the next page if no data row fits under it.
     */
    private static PdfPTable titled(float[] widths, String heading, Color colour) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        PdfPCell title = new PdfPCell(new Phrase(heading, ReportStyle.heading(colour)));
        title.setColspan(widths.length);
        title.setBorder(0);
        title.setPaddingTop(8);
        title.setPaddingBottom(6);
        title.setPaddingLeft(0);
        table.addCell(title);
        table.setHeaderRows(2);
        return table;
    }

    /** A section with nothing to list: heading and one line, kept on one page. */
    private static void empty(Document document, String heading, Color colour, String line) {
        Paragraph section = new Paragraph();
        section.setKeepTogether(true);
        section.setSpacingBefore(14);
        section.add(new Paragraph(heading, ReportStyle.heading(colour)));
        section.add(new Paragraph(line, ReportStyle.BODY));
        document.add(section);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, ReportStyle.BODY_BOLD));
        PdfPCell right = new PdfPCell(new Phrase(value, ReportStyle.BODY));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(0);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
    }

    private static void pair(PdfPTable table, String label1, String value1, String label2, String value2) {
        cells(table, label1, value1, label2, value2);
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, ReportStyle.SMALL_BOLD));
            cell.setBackgroundColor(ReportStyle.HEADER_FILL);
            cell.setBorderColor(ReportStyle.GRID);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, ReportStyle.SMALL));
            cell.setBorderColor(ReportStyle.GRID);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }
}
