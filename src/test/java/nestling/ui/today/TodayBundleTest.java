package nestling.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every Today text exists in English and German, and the German one is not the English one left in place. */
class TodayBundleTest {
    /** The file alone, without the parent bundle behind it. */
    private static ResourceBundle load(String name) throws Exception {
        try (var in = TodayBundleTest.class.getResourceAsStream("/nestling/ui/" + name)) {
            return new java.util.PropertyResourceBundle(new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyTodayKeyIsTranslated() throws Exception {
        ResourceBundle english = load("messages.properties");
        ResourceBundle german = load("messages_de.properties");
        List<String> keys = english.keySet().stream().filter(k -> k.startsWith("today.")).toList();
        assertTrue(keys.size() > 60, "the Today keys are there");
        List<String> missing = keys.stream().filter(k -> !german.containsKey(k)).toList();
        assertEquals(List.of(), missing);
        List<String> same = keys.stream().filter(k -> german.getString(k).equals(english.getString(k))
                && english.getString(k).matches(".*[a-z]{4,}.*") && !k.equals("today.add.name")).toList();
        assertEquals(List.of(), same, "left in English");
    }
}
