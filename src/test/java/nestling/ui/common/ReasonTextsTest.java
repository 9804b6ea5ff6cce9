package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nestling.domain.Problem;
import nestling.domain.Problems;
import nestling.domain.Reason;
import nestling.domain.TimerKind;
import nestling.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** Every refusal of the core has the window's words, the English ones exactly the CLI's. */
class ReasonTextsTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("nestling.ui.messages", Locale.ROOT);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);

    @Test
    void everyReasonHasAnEnglishTextThatIsTheCoresOwn() {
        List<String> wrong = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            if (!ENGLISH.containsKey(reason.key()) || !ENGLISH.getString(reason.key()).equals(reason.english())) {
                wrong.add(reason.key());
            }
        }
        assertEquals(List.of(), wrong, "reasons whose messages.properties text is missing or differs from the core's");
        // German completeness of these keys is GermanTranslationTest's job (they are ordinary English keys).
    }

    @Test
    void everyTimerKindHasAWordForTheRunningTimerMessage() {
        for (TimerKind kind : TimerKind.values()) {
            assertEquals(Reason.TIMER_ALREADY_RUNNING.english(kind),
                    ReasonTexts.text(ENGLISH, Problem.of(Reason.TIMER_ALREADY_RUNNING, kind)), kind.name());
        }
        assertEquals("Für dieses Baby läuft bereits ein Timer (Bauchlage).",
                ReasonTexts.text(GERMAN, Problem.of(Reason.TIMER_ALREADY_RUNNING, TimerKind.TUMMY_TIME)));
    }

    @Test
    void aRefusalReadsInTheWindowsLanguageWhileTheCliKeepsEnglish() {
        Problems problems = new Problems().add("start", Reason.START_IN_FUTURE).add("amount", Reason.BOTTLE_AMOUNT_TOO_LARGE);
        ValidationException refused = new ValidationException(problems);
        assertEquals("Der Beginn liegt in der Zukunft. Eine Flasche mit mehr als 500 ml (16,9 fl oz) ist nicht plausibel.",
                ReasonTexts.joined(GERMAN, refused));
        assertEquals("The start is in the future.", refused.byField().get("start"), "the CLI's English");
        assertEquals(List.of("start", "amount"), List.copyOf(ReasonTexts.byField(GERMAN, refused.problems()).keySet()));
    }
}
