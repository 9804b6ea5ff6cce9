package nestling.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import nestling.store.SaveStatus;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;
import org.junit.jupiter.api.Test;

class SaveIndicatorTest {
    private final Formats formats = new Formats(UiContext.defaultBundle(), ZoneOffset.UTC);

    @Test
    void eachStatusHasItsOwnWordsNotJustAColour() {
        SaveIndicator saved = SaveIndicator.of(new SaveStatus.Saved(Instant.parse("2026-03-01T14:05:00Z"), 3), formats);
        assertEquals(SaveIndicator.State.SAVED, saved.state());
        assertEquals("Saved", saved.text());
        assertTrue(saved.detail().contains("2:05"), saved.detail());
        assertEquals("Saving\u2026", SaveIndicator.of(new SaveStatus.Saving(), formats).text());
    }

    @Test
    void notSavedCarriesTheReasonAndTheNextTry() {
        SaveIndicator notSaved = SaveIndicator.of(new SaveStatus.NotSaved(nestling.store.SaveFailure.DISK_FULL, "The disk is full.",
                Instant.parse("2026-03-01T14:06:00Z")), formats);
        assertEquals(SaveIndicator.State.NOT_SAVED, notSaved.state());
        assertEquals("Not saved", notSaved.text());
        assertTrue(notSaved.detail().contains("The disk is full."), notSaved.detail());
        assertTrue(notSaved.detail().contains("2:06"), notSaved.detail());
    }

    /** The reason comes from the core as a kind, so the German window says it in German (it was English). */
    @Test
    void theGermanWindowGivesEveryReasonInGerman() {
        Formats german = new Formats(java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.GERMAN),
                ZoneOffset.UTC);
        for (nestling.store.SaveFailure failure : nestling.store.SaveFailure.values()) {
            String detail = SaveIndicator.of(new SaveStatus.NotSaved(failure, "English words",
                    Instant.parse("2026-03-01T14:06:00Z")), german).detail();
            assertTrue(detail.startsWith("Nicht gespeichert: "), detail);
            assertTrue(!detail.contains("English words") && !detail.contains("Nestling keeps trying")
                    && !detail.contains("The vault"), failure + ": " + detail);
        }
        String full = SaveIndicator.of(new SaveStatus.NotSaved(nestling.store.SaveFailure.of(
                new java.io.IOException("No space left on device")), "x", Instant.parse("2026-03-01T14:06:00Z")), german).detail();
        assertTrue(full.contains("Datentr\u00e4ger ist voll"), full);
    }
}
