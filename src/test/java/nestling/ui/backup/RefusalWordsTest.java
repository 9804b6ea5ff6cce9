package nestling.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import nestling.domain.EntryType;
import nestling.domain.Problem;
import nestling.domain.Reason;
import nestling.imports.RefusalReason;
import nestling.imports.RefusalSubject;
import nestling.imports.RefusedRow;
import nestling.imports.SourceLine;
import org.junit.jupiter.api.Test;

/** Every reason an import refuses a row, and every value it names, reads in English and in German. */
class RefusalWordsTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("nestling.ui.messages", Locale.ROOT);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);
    private static final SourceLine WHERE = new SourceLine("export.csv", 212);

    @Test
    void everyReasonAndSubjectHasItsOwnTextInBothBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties texts = load(file); // the file itself: a German bundle would fall back to English
            for (RefusalReason reason : RefusalReason.values()) {
                if (!texts.containsKey(reason.key())) {
                    missing.add(file + ": " + reason.key());
                }
            }
            for (RefusalSubject subject : RefusalSubject.values()) {
                if (!texts.containsKey(subject.key())) {
                    missing.add(file + ": " + subject.key());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyReasonFormatsWithItsArgumentsInBothLanguages() {
        for (RefusalReason reason : RefusalReason.values()) {
            RefusedRow row = new RefusedRow(WHERE, reason, sample(reason));
            for (ResourceBundle bundle : List.of(ENGLISH, GERMAN)) {
                String text = RefusalWords.of(bundle, row);
                assertFalse(text.contains("{") || text.contains("'") && !text.contains("'s "), reason + ": " + text);
            }
            assertFalse(row.reason().contains("{"), row.reason());
        }
    }

    @Test
    void aRefusedRowReadsInTheWindowsLanguageWhileTheCliKeepsEnglish() {
        RefusedRow bottle = new RefusedRow(WHERE, RefusalReason.BOTTLE_TOO_LARGE, 5000, 500);
        assertEquals("a bottle of 5,000 ml is not plausible (at most 500 ml)", bottle.reason());
        assertEquals("ein Fl\u00e4schchen mit 5.000 ml ist nicht plausibel (h\u00f6chstens 500 ml)",
                RefusalWords.of(GERMAN, bottle));
        RefusedRow weight = new RefusedRow(WHERE, RefusalReason.NOT_A_NUMBER, RefusalSubject.WEIGHT);
        assertEquals("the weight is not a number", weight.reason());
        assertEquals("das Gewicht ist keine Zahl", RefusalWords.of(GERMAN, weight));
        RefusedRow future = new RefusedRow(WHERE, RefusalReason.STARTS_IN_FUTURE, EntryType.SLEEP);
        assertEquals("this sleep starts in the future", future.reason());
        assertEquals("dieser Eintrag (Schlaf) beginnt in der Zukunft", RefusalWords.of(GERMAN, future));
        RefusedRow early = new RefusedRow(WHERE, RefusalReason.BEFORE_BIRTH, java.time.LocalDate.of(2023, 12, 30),
                java.time.LocalDate.of(2024, 1, 5));
        assertEquals("the row is dated 2023-12-30, before the baby's birth date 2024-01-05", early.reason());
        assertEquals("die Zeile ist vom 30.12.2023, vor dem Geburtsdatum des Babys (05.01.2024)",
                RefusalWords.of(GERMAN, early));
        RefusedRow rule = new RefusedRow(WHERE, RefusalReason.ENTRY_RULE, Problem.of(Reason.MEDICINE_NAME));
        assertEquals("name the medicine", rule.reason());
        String german = GERMAN.getString(Reason.MEDICINE_NAME.key());
        assertEquals(german.substring(0, german.length() - 1), RefusalWords.of(GERMAN, rule), "the form's own words");
    }

    /** Arguments of the kinds the reason's English pattern asks for. */
    private static Object[] sample(RefusalReason reason) {
        String pattern = reason.english();
        if (reason == RefusalReason.ENTRY_RULE) {
            return new Object[] {Problem.of(Reason.BOTTLE_AMOUNT_MISSING)};
        }
        if (reason == RefusalReason.BEFORE_BIRTH) {
            return new Object[] {java.time.LocalDate.of(2023, 12, 30), java.time.LocalDate.of(2024, 1, 5)};
        }
        if (reason == RefusalReason.YES_OR_NO) {
            return new Object[] {"wet"};
        }
        if (pattern.contains("this {0}") || pattern.contains("a {0} of")) {
            return new Object[] {EntryType.BOTTLE, 49};
        }
        if (pattern.contains("{0,number")) {
            return new Object[] {new java.math.BigDecimal("36.5"), 500};
        }
        return pattern.contains("{0}") ? new Object[] {RefusalSubject.HEAD_CIRCUMFERENCE} : new Object[0];
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalWordsTest.class.getResourceAsStream("/nestling/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
