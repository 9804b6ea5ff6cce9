package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** JavaFX only warns on a broken stylesheet and drops the rest of it: fail the build instead. */
class StylesheetsTest {
    private static final List<String> SHEETS = List.of("nestling.css", "theme-dark.css", "theme-night.css",
            "charts.css", "history.css");

    @Test
    void everyStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        for (String sheet : SHEETS) {
            URL url = StylesheetsTest.class.getResource("/nestling/ui/" + sheet);
            assertNotNull(url, sheet);
            new CssParser().parse(url);
        }
        assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList());
    }
}
