package nestling.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Every page's foot: whose report, the page number, and the credit the WHO asks for. */
final class ReportFooter extends PdfPageEventHelper {
    private final String name;

    ReportFooter(String name) {
        this.name = name;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 18;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(name + " · made with Nestling · growth: WHO Child Growth Standards (2006)", ReportStyle.FOOTER),
                document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase("page " + writer.getPageNumber(), ReportStyle.FOOTER), document.right(), y, 0);
    }
}
