package nestling.ui.shell;

import nestling.store.SaveStatus;
import nestling.ui.common.Formats;

/**
 * What the top bar says about saving: a state (for a style class and a symbol, never colour alone),
 * a short text and the detail (the reason when not saved).
 */
public record SaveIndicator(State state, String text, String detail) {
    public enum State { SAVED, SAVING, NOT_SAVED }

    public static SaveIndicator of(SaveStatus status, Formats formats) {
        return switch (status) {
            case SaveStatus.Saved saved -> new SaveIndicator(State.SAVED, formats.message("save.saved"),
                    formats.message("save.saved.detail", formats.time(saved.at())));
            case SaveStatus.Saving saving -> new SaveIndicator(State.SAVING, formats.message("save.saving"),
                    formats.message("save.saving.detail"));
            case SaveStatus.NotSaved notSaved -> new SaveIndicator(State.NOT_SAVED, formats.message("save.notSaved"),
                    formats.message("save.notSaved.detail", notSaved.reason(), formats.time(notSaved.retryAt())));
        };
    }
}
