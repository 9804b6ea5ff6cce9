package nestling.report;

import java.util.Locale;
import java.util.Optional;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper the report is laid out for: most of the world prints A4, North America Letter. */
public enum Paper {
    A4(PageSize.A4),
    LETTER(PageSize.LETTER);

    private final Rectangle size;

    Paper(Rectangle size) {
        this.size = size;
    }

    Rectangle size() {
        return size;
    }

    public static Optional<Paper> parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }
}
