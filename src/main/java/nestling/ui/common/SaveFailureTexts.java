package nestling.ui.common;

import nestling.store.SaveFailure;
import nestling.vault.VaultProblem;

/**
 * The bundle key for why a save failed, so the window says it in its own language (the core's
 * {@link SaveFailure#reason} is the command line's English). Another writer and a read-only folder
 * use the words the window has for those vault problems.
 */
public final class SaveFailureTexts {
    private SaveFailureTexts() {
    }

    public static String key(SaveFailure failure) {
        return switch (failure) {
            case ANOTHER_WRITER -> "problem." + VaultProblem.CHANGED_ELSEWHERE.name();
            case READ_ONLY -> "problem." + VaultProblem.READ_ONLY.name();
            default -> "save.failure." + failure.name();
        };
    }
}
