package nestling.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import nestling.store.NativeLibraryUnavailableException;
import nestling.vault.AnotherWriterException;
import nestling.vault.ReadOnlyVaultException;
import nestling.vault.VaultException;
import nestling.vault.VaultProblem;

/** The window's words for what went wrong: one bundle entry per {@link VaultProblem}. */
public final class Problems {
    private Problems() {
    }

    public static String text(ResourceBundle bundle, VaultProblem problem) {
        return bundle.getString("problem." + problem.name());
    }

    /** A message for any failure of a background task; never a stack trace or a path. */
    public static String text(ResourceBundle bundle, Throwable failure) {
        if (failure instanceof VaultException vault) {
            return text(bundle, vault.problem());
        }
        if (failure instanceof AnotherWriterException other) {
            return text(bundle, other.problem());
        }
        if (failure instanceof ReadOnlyVaultException readOnly) {
            return text(bundle, readOnly.problem());
        }
        if (failure instanceof NativeLibraryUnavailableException noDatabase) {
            // the computer's set-up, not Nestling: trying again cannot help, moving the folder does
            return new MessageFormat(bundle.getString("problem.temporaryFolder"), Formats.locale(bundle)).format(
                    new Object[] {noDatabase.folder(),
                            bundle.getString("problem.temporaryFolder." + noDatabase.reason().name())});
        }
        return bundle.getString("problem.unexpected");
    }

    public static VaultProblem problemOf(Throwable failure) {
        return failure instanceof VaultException vault ? vault.problem() : null;
    }
}
