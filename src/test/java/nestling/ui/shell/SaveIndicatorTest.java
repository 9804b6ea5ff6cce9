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
        SaveIndicator notSaved = SaveIndicator.of(new SaveStatus.NotSaved("The disk is full.",
                Instant.parse("2026-03-01T14:06:00Z")), formats);
        assertEquals(SaveIndicator.State.NOT_SAVED, notSaved.state());
        assertEquals("Not saved", notSaved.text());
        assertTrue(notSaved.detail().contains("The disk is full."), notSaved.detail());
        assertTrue(notSaved.detail().contains("2:06"), notSaved.detail());
    }
}
