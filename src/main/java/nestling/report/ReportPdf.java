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

/** Lays out a {@link ReportData} as a PDF: details, averages, day by day, growth, medicines, notes. */
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
        row(table, "Days counted in", data.zone().getId());
        document.add(table);
    }

    private static void averages(Document document, ReportData data) {
        heading(document, "Daily averages", ReportStyle.FEEDING);
        document.add(new Paragraph(String.format(Locale.ROOT, "Per day over %d days; %d of them have entries.",
                data.averages().days(), data.averages().loggedDays()), ReportStyle.SMALL));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 1.3f, 2.2f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        var a = data.averages();
        pair(table, "Feeds (breast + bottle)", ReportText.decimal(a.average(Metric.FEEDS), 1),
                "Bottle volume", ReportText.decimal(a.average(Metric.BOTTLE_ML), 0) + " ml");
        pair(table, "Breast, left", ReportText.decimal(a.average(Metric.BREAST_LEFT_MINUTES), 0) + " min",
                "Breast, right", ReportText.decimal(a.average(Metric.BREAST_RIGHT_MINUTES), 0) + " min");
        pair(table, "Sleep", ReportText.hmFromMinutes(a.average(Metric.SLEEP_MINUTES)),
                "Longest sleep", ReportText.hmFromMinutes(a.average(Metric.LONGEST_SLEEP_MINUTES)));
        pair(table, "Night sleep", ReportText.hmFromMinutes(a.average(Metric.NIGHT_SLEEP_MINUTES)),
                "Naps", ReportText.hmFromMinutes(a.average(Metric.NAP_MINUTES)));
        pair(table, "Wet diapers", ReportText.decimal(a.average(Metric.WET_DIAPERS), 1),
                "Dirty diapers", ReportText.decimal(a.average(Metric.DIRTY_DIAPERS), 1));
        pair(table, "Tummy time", ReportText.decimal(a.average(Metric.TUMMY_TIME_MINUTES), 0) + " min", "", "");
        document.add(table);
    }

    private static void dayByDay(Document document, ReportData data) {
        heading(document, "Day by day", ReportStyle.SLEEP);
        PdfPTable table = new PdfPTable(new float[] {1.5f, 0.8f, 1f, 1.4f, 1.2f, 1.2f, 1.2f, 1.2f, 0.7f, 0.7f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
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
        heading(document, "Growth", ReportStyle.GROWTH);
        if (data.baby().sex() == null) {
            document.add(new Paragraph("The sex is not recorded, so the WHO standards cannot score growth.", ReportStyle.BODY));
            return;
        }
        if (data.growth().isEmpty()) {
            document.add(new Paragraph("No growth measurements up to " + DATE.format(data.to()) + ".", ReportStyle.BODY));
            return;
        }
        document.add(new Paragraph("z-score (percentile) per WHO indicator; every measurement up to the end of the period.",
                ReportStyle.SMALL));
        PdfPTable table = new PdfPTable(new float[] {1.25f, 0.95f, 0.8f, 0.85f, 0.7f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
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
                    score(point, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, false),
                    score(point, Indicator.BMI_FOR_AGE, beforeTerm));
        }
        document.add(table);
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
        heading(document, "Medicines given", ReportStyle.MEDICINE);
        List<MedicineGiven> all = new ArrayList<>();
        data.days().forEach(day -> all.addAll(day.medicines()));
        if (all.isEmpty()) {
            document.add(new Paragraph("None recorded.", ReportStyle.BODY));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (MedicineGiven given : all) {
            rows.add(new String[] {DATE_TIME.format(given.localTime()), given.name(),
                given.dose().stripTrailingZeros().toPlainString() + " " + given.unit().name().toLowerCase(Locale.ROOT)});
        }
        document.add(compact(new String[] {"Time", "Medicine", "Dose"}, new float[] {1.5f, 2f, 1f}, rows, 2));
    }

    private static void temperatures(Document document, ReportData data) {
        heading(document, "Temperatures", ReportStyle.MEDICINE);
        List<TemperatureReading> all = new ArrayList<>();
        data.days().forEach(day -> all.addAll(day.temperatures()));
        if (all.isEmpty()) {
            document.add(new Paragraph("None recorded.", ReportStyle.BODY));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (TemperatureReading reading : all) {
            rows.add(new String[] {DATE_TIME.format(reading.localTime()), ReportText.decimal(reading.celsius(), 1),
                reading.method() == null ? "" : reading.method().name().toLowerCase(Locale.ROOT)});
        }
        document.add(compact(new String[] {"Time", "°C", "Taken"}, new float[] {1.6f, 0.6f, 0.8f}, rows, 3));
    }

    /**
     * A long list of short rows, {@code sets} side by side, read left to right and then down: a
     * quarter's daily doses fit on one page instead of three.
     */
    private static PdfPTable compact(String[] headers, float[] widths, List<String[]> rows, int sets) {
        int per = Math.min(sets, Math.max(1, rows.size()));
        float[] all = new float[widths.length * per];
        for (int i = 0; i < all.length; i++) {
            all[i] = widths[i % widths.length];
        }
        PdfPTable table = new PdfPTable(all);
        table.setWidthPercentage(per == 1 ? 60 : 100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
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
        heading(document, "Notes and milestones", ReportStyle.NOTES);
        if (data.notes().isEmpty()) {
            document.add(new Paragraph("None recorded.", ReportStyle.BODY));
            return;
        }
        for (JournalNote note : data.notes()) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(DATE_TIME.format(note.localTime()) + "  " + (note.milestone() ? "Milestone: " : ""),
                    ReportStyle.BODY_BOLD));
            p.add(new Chunk(note.milestone() ? note.title() + (note.text() == null || note.text().isBlank() ? ""
                    : " · " + note.text()) : note.text(), ReportStyle.BODY));
            p.setSpacingAfter(3);
            document.add(p);
        }
    }

    private static void heading(Document document, String text, Color colour) {
        Paragraph heading = new Paragraph(text, ReportStyle.heading(colour));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
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
