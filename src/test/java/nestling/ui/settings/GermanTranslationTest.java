package nestling.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The German bundle is complete: every English key has a German text, with the same arguments.
 * Keys that other screens add to messages.properties without a German text make this fail.
 */
class GermanTranslationTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GermanTranslationTest.class.getResourceAsStream("/nestling/ui/" + name)) {
            assertTrue(in != null, name + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishKeyHasAGermanTextWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        List<String> missing = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String text = german.getProperty(key);
            // A deliberately empty English text (a suffix left out) may stay empty in German.
            boolean emptyOnPurpose = english.getProperty(key).isEmpty() && text != null;
            if (text == null || text.isBlank() && !emptyOnPurpose) {
                missing.add(key);
            } else if (!argumentsOf(english.getProperty(key)).equals(argumentsOf(text))) {
                arguments.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys without a German text");
        assertEquals(List.of(), arguments, "German texts whose {n} arguments differ from the English");
        Set<String> stale = new TreeSet<>(german.stringPropertyNames());
        stale.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), stale, "German keys that English no longer has");
    }

    @Test
    void germanPatternsFormatInGerman() {
        ResourceBundle bundle = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);
        assertEquals("Letzte Sicherung vor 3 Tagen (gestern).",
                new MessageFormat(bundle.getString("backup.last.days"), Locale.GERMAN).format(new Object[] {3, "gestern"}));
        assertTrue(new MessageFormat(bundle.getString("backup.merge.counts"), Locale.GERMAN)
                .format(new Object[] {1234, 0, 0, 0}).startsWith("Zusammengeführt: 1.234 hinzugefügt"));
        assertEquals("Sperren", bundle.getString("lock.button"));
    }

    private static Set<String> argumentsOf(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
