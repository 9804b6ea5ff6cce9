package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class ReportCommandTest {
    @Test
    void writesThePdfForTheRange(@TempDir Path directory) throws Exception {
        InsightsVault.create(directory.resolve("vault"));
        Path out = directory.resolve("ada.pdf");
        CliTestConsole console = InsightsVault.run(0, "report", "--vault", directory.resolve("vault").toString(),
                "--passphrase-stdin", "--zone", "Europe/Berlin", "--baby", "Ada", "--from", "2026-03-01", "--to",
                "2026-03-31", "--out", out.toString(), "--paper", "letter");
        assertTrue(console.out().contains("Report written"), console.out());
        try (PdfReader reader = new PdfReader(Files.readAllBytes(out))) {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(first.contains("Ada"), first);
            assertTrue(first.contains("2026-03-01 to 2026-03-31 (31 days)"), first);
            // 31 days: three protocol pages (14 + 14 + 3 days), the last one last.
            String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
            assertTrue(last.contains("24-hour protocol") && last.contains("2026-03-29 to 2026-03-31"), last);
            int pages = reader.getNumberOfPages();
            InsightsVault.run(0, "report", "--vault", directory.resolve("vault").toString(), "--passphrase-stdin",
                    "--zone", "Europe/Berlin", "--baby", "Ada", "--from", "2026-03-01", "--to", "2026-03-31", "--out",
                    out.toString(), "--paper", "letter", "--no-protocol");
            try (PdfReader without = new PdfReader(Files.readAllBytes(out))) {
                assertTrue(without.getNumberOfPages() == pages - 3, "pages without the protocol: "
                        + without.getNumberOfPages() + " of " + pages);
            }
        }
        InsightsVault.run(2, "report", "--vault", directory.resolve("vault").toString(), "--passphrase-stdin",
                "--baby", "Ada", "--day", "2026-03-10", "--out", out.toString(), "--paper", "a5");
    }
}
