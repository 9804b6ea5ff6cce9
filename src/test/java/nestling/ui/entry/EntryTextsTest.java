package nestling.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.ui.common.TimeInput;
import org.junit.jupiter.api.Test;

/** Every text the forms, times and History use exists in English and German. */
class EntryTextsTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("nestling.ui.messages", Locale.ROOT);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);

    private static List<String> keysUsed() {
        List<String> keys = new ArrayList<>();
        for (EntryType type : EntryType.values()) {
            keys.add("entry.type." + type.wireName());
            for (FormField field : TypeForms.of(type, UnitSystem.METRIC).fields()) {
                keys.add("entry.field." + field.id());
                for (Enum<?> option : field.options()) {
                    keys.add("entry.choice." + option.getDeclaringClass().getSimpleName() + "."
                            + option.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (TimeInput.Problem problem : TimeInput.Problem.values()) {
            keys.add("time.problem." + problem.name());
        }
        return keys;
    }

    @Test
    void everyFieldChoiceAndTimeProblemHasItsText() {
        for (String key : keysUsed()) {
            assertTrue(ENGLISH.containsKey(key), key);
        }
    }

    @Test
    void germanHasEveryEntryHistoryAndTimeKey() throws Exception {
        java.util.Properties german = new java.util.Properties();
        try (var in = EntryTextsTest.class.getResourceAsStream("/nestling/ui/messages_de.properties")) {
            german.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : ENGLISH.keySet()) {
            if (key.startsWith("entry.") || key.startsWith("history.") || key.startsWith("time.")) {
                assertTrue(german.containsKey(key), "German lacks " + key);
            }
        }
        assertEquals("Fl\u00e4schchen", GERMAN.getString("entry.type.bottle"));
    }
}
