package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nestling.backup.BackupProblem;
import nestling.store.NativeLibraryUnavailableException;
import nestling.vault.VaultProblem;
import org.junit.jupiter.api.Test;

/**
 * Every problem the core can name (the vault's, the backup's, the temporary folder's reasons) has
 * its own text in the window, in English and in German: a problem added without one would show a
 * bundle key or fall back to "Something went wrong". The German text is a translation, not a copy.
 */
class ProblemTextsTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("nestling.ui.messages", Locale.ENGLISH);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN);

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (VaultProblem problem : VaultProblem.values()) {
            keys.add("problem." + problem.name());
        }
        for (BackupProblem problem : BackupProblem.values()) {
            keys.add("backup.problem." + problem.name());
        }
        for (NativeLibraryUnavailableException.Reason reason : NativeLibraryUnavailableException.Reason.values()) {
            keys.add("problem.temporaryFolder." + reason.name());
        }
        keys.add("problem.temporaryFolder");
        return keys;
    }

    @Test
    void everyProblemHasItsOwnTextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String key : keys()) {
            try {
                String english = ENGLISH.getString(key);
                String german = GERMAN.getString(key);
                if (english.isBlank() || german.isBlank()) {
                    missing.add(key + " (blank)");
                } else {
                    assertNotEquals(english, german, key + " is not translated");
                }
            } catch (MissingResourceException e) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "problems without a text in the window");
    }

    @Test
    void theVaultProblemsTheWindowShowsAreWordedByTheBundle() {
        for (VaultProblem problem : VaultProblem.values()) {
            assertEquals(GERMAN.getString("problem." + problem.name()), Problems.text(GERMAN, problem));
        }
    }
}
