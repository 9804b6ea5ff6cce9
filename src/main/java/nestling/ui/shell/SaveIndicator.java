package nestling.ui.shell;

import nestling.store.SaveStatus;
import nestling.ui.common.Formats;

/**
 * What the top bar says about saving: a state (for a style class and a symbol, never colour alone),
 * a short text and the detail (the reason when not saved).
 */
public record SaveIndicator(State state, String text, String detail) {
    /** READ_ONLY: opened from a folder that cannot be written, and nothing changed yet. */
    public enum State { SAVED, SAVING, NOT_SAVED, READ_ONLY }

    /**
     * As {@link #of(SaveStatus, Formats)} for a vault opened read-only: never "Saved" or "Saving…"
     * (nothing is ever written), and once something changed, "Not saved" without a next try, since
     * trying again cannot help.
     */
    public static SaveIndicator of(SaveStatus status, Formats formats, boolean readOnly) {
        if (!readOnly) {
            return of(status, formats);
        }
        return status instanceof SaveStatus.Saved
                ? new SaveIndicator(State.READ_ONLY, formats.message("save.readOnly"), formats.message("save.readOnly.detail"))
                : new SaveIndicator(State.NOT_SAVED, formats.message("save.notSaved"), formats.message("save.readOnly.notSaved"));
    }

    public static SaveIndicator of(SaveStatus status, Formats formats) {
        return switch (status) {
            case SaveStatus.Saved saved -> new SaveIndicator(State.SAVED, formats.message("save.saved"),
                    formats.message("save.saved.detail", formats.time(saved.at())));
            case SaveStatus.Saving saving -> new SaveIndicator(State.SAVING, formats.message("save.saving"),
                    formats.message("save.saving.detail"));
            case SaveStatus.NotSaved notSaved -> new SaveIndicator(State.NOT_SAVED, formats.message("save.notSaved"),
                    formats.message("save.notSaved.detail",
                    formats.text(nestling.ui.common.SaveFailureTexts.key(notSaved.failure())), formats.time(notSaved.retryAt())));
        };
    }
}
