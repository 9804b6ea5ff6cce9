package nestling.report;

import java.awt.Color;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;

/**
 * Fonts and colours of the report. Only the PDF standard fonts (Helvetica), which every reader has:
 * nothing is embedded or fetched, so the report is made offline. Colours follow the app's colour
 * per entry kind (docs UI.md) and always come with a heading or label, never alone.
 */
final class ReportStyle {
    static final Color FEEDING = new Color(0xE0, 0x7A, 0x1F);
    static final Color SLEEP = new Color(0x3F, 0x51, 0xB5);
    static final Color DIAPER = new Color(0x00, 0x89, 0x7B);
    static final Color MEDICINE = new Color(0xC6, 0x28, 0x28);
    static final Color GROWTH = new Color(0x2E, 0x7D, 0x32);
    static final Color NOTES = new Color(0x9E, 0x86, 0x3C);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color TEXT = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x75, 0x75, 0x75);
    static final Color HEADER_FILL = new Color(0xF2, 0xF2, 0xF2);

    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, TEXT);
    static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 11, MUTED);
    static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, TEXT);
    static final Font BODY_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, TEXT);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, TEXT);
    static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, TEXT);
    static final Font FOOTER = FontFactory.getFont(FontFactory.HELVETICA, 7, MUTED);

    private ReportStyle() {
    }

    static Font heading(Color colour) {
        return FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, colour);
    }
}
