package nestling.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nestling.domain.Baby;
import nestling.domain.DoseUnit;
import nestling.domain.SleepKind;
import nestling.growth.ChildAge;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.growth.WhoStandards;
import nestling.insights.TestFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReportPdfTest {
    private final TestFamily family = TestFamily.empty();
    private final Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, new GestationalAge(32, 0));

    private ReportData data(String from, String to) {
        return new ReportDataBuilder(family.database, WhoStandards.load(), TestFamily.CLOCK)
                .build(ada, LocalDate.parse(from), LocalDate.parse(to), TestFamily.BERLIN, ChildAge.AgeBasis.CORRECTED);
    }

    private void fill() {
        family.sleep(ada, "2026-03-09T21:30", "2026-03-10T02:10", SleepKind.NIGHT);
        family.bottle(ada, "2026-03-10T06:00", 120);
        family.bottle(ada, "2026-03-11T06:00", 140);
        family.diaper(ada, "2026-03-10T07:00", true, true);
        family.medicine(ada, "2026-03-10T08:10", "Paracetamol", "2.5", DoseUnit.ML);
        family.temperature(ada, "2026-03-10T08:00", 382);
        family.note(ada, "2026-03-10T19:00", "Slightly warm after the vaccination.");
        family.milestone(ada, "2026-03-11T10:00", "First smile");
        family.growth(ada, "2026-02-15T10:00", 2500, 460, 330);
        family.growth(ada, "2026-03-10T10:00", 3400, 500, 350);
    }

    private static String text(PdfReader reader) throws Exception {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void theReportParsesBackWithTheBabysNameAndFigures() throws Exception {
        fill();
        byte[] pdf = ReportPdf.render(data("2026-03-10", "2026-03-11"), Paper.A4);
        sample(pdf, "report-a4.pdf");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertTrue(reader.getNumberOfPages() >= 2, "pages: " + reader.getNumberOfPages());
            Rectangle size = reader.getPageSize(1);
            assertEquals(PageSize.A4.getWidth(), size.getWidth(), 0.5);
            assertEquals(PageSize.A4.getHeight(), size.getHeight(), 0.5);
            String text = text(reader);
            assertTrue(text.contains("Ada"), text);
            assertTrue(text.contains("130 ml"), "average bottle volume of (120 + 140) / 2: " + text);
            assertTrue(text.contains("Paracetamol"), text);
            assertTrue(text.contains("2.5 ml"), text);
            assertTrue(text.contains("38.2"), text);
            assertTrue(text.contains("First smile"), text);
            assertTrue(text.contains("Slightly warm after the vaccination."), text);
            assertTrue(text.contains("32+0 weeks (preterm)"), text);
            assertTrue(text.contains("corrected age"), text);
        }
    }

    @Test
    void letterPaperOnRequest() throws Exception {
        fill();
        byte[] pdf = ReportPdf.render(data("2026-03-10", "2026-03-11"), Paper.LETTER);
        sample(pdf, "report-letter.pdf");
        try (PdfReader reader = new PdfReader(pdf)) {
            assertEquals(PageSize.LETTER.getWidth(), reader.getPageSize(1).getWidth(), 0.5);
            assertEquals(PageSize.LETTER.getHeight(), reader.getPageSize(1).getHeight(), 0.5);
        }
    }

    @Test
    void theProtocolTakesALandscapePagePerTwoWeeks() throws Exception {
        fill();
        ReportData data = data("2026-03-10", "2026-03-24"); // 15 days: one full page and one of a day
        for (Paper paper : Paper.values()) {
            byte[] pdf = ReportPdf.render(data, paper);
            sample(pdf, "report-protocol-" + paper.name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
            try (PdfReader reader = new PdfReader(pdf)) {
                int pages = reader.getNumberOfPages();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                String first = extractor.getTextFromPage(pages - 1);
                String second = extractor.getTextFromPage(pages);
                assertTrue(first.contains("24-hour protocol") && first.contains("2026-03-10 to 2026-03-23"), first);
                assertTrue(first.contains("Tue 10 Mar") && first.contains("Mon 23 Mar"), first);
                assertTrue(second.contains("2026-03-24 to 2026-03-24"), second);
                assertEquals(paper.size().getHeight(), reader.getPageSize(pages).getWidth(), 0.5, "landscape");
                assertEquals(paper.size().getWidth(), reader.getPageSize(1).getWidth(), 0.5, "the report stays upright");
                try (PdfReader without = new PdfReader(ReportPdf.render(data.withoutProtocol(), paper))) {
                    assertEquals(pages - 2, without.getNumberOfPages());
                }
            }
        }
    }

    @Test
    void anEmptyRangeStillMakesAReport() throws Exception {
        byte[] pdf = ReportPdf.render(data("2026-05-01", "2026-05-07"), Paper.A4);
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = text(reader);
            assertTrue(text.contains("No growth measurements"), text);
            assertTrue(text.contains("None recorded."), text);
        }
    }

    @Test
    void theFileIsReplacedWholeAndNoTemporaryFileStays(@TempDir Path directory) throws Exception {
        Path target = directory.resolve("ada.pdf");
        Files.writeString(target, "an older report");
        ReportFile.write(target, ReportPdf.render(data("2026-05-01", "2026-05-01").withoutProtocol(), Paper.A4));
        try (PdfReader reader = new PdfReader(Files.readAllBytes(target))) {
            assertEquals(1, reader.getNumberOfPages());
        }
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count());
        }
    }

    // Kept under target/ so the pages can be looked at as images (pdftoppm).
    private static void sample(byte[] pdf, String name) throws Exception {
        Path folder = Path.of(System.getProperty("nestling.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }
}
