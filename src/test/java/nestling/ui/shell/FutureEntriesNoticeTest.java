package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import nestling.domain.EntryData;
import nestling.journal.Journal;
import nestling.store.SettingsRepository;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries logged while the computer's clock was set far ahead (2150) stay in the vault and in its
 * backups; {@code nestling check} counts them. The window tells the parent too, after unlock, and
 * takes them to the History from the day of the first one, where their time can be fixed; once
 * fixed, the notice goes by itself.
 */
class FutureEntriesNoticeTest {
    private static final Instant AHEAD = Instant.parse("2150-06-01T09:00:00Z");

    @TempDir
    Path dir;

    private WindowTesting window;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** Ada's family, plus two diapers logged while the clock said June 2150. */
    private static WindowTesting.Seed withFutureEntries(Language language) {
        return (session, ui) -> {
            WindowTesting.ADA.into(session, ui);
            Journal ahead = Journal.of(session.database(), Clock.fixed(AHEAD, ZoneOffset.UTC));
            UUID ada = ahead.family().babies(false).getFirst().meta().id();
            ahead.entries().log(ada, AHEAD, null, new EntryData.Diaper(true, false, false, null, null, false, null));
            ahead.entries().log(ada, AHEAD.minusSeconds(3600), null,
                    new EntryData.Diaper(false, true, false, null, null, false, null));
            new LanguageSetting(new SettingsRepository(session.database())).store(language);
        };
    }

    private boolean showing(String id) {
        return onFx(() -> window.robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theParentIsToldAndTakenToTheHistoryFromTheFirstOne() throws Exception {
        window = new WindowTesting(new UiTesting(dir), 1024, 640, withFutureEntries(Language.ENGLISH), w -> { });
        window.unlock();

        waitUntil("the notice", () -> showing("#future-entries"));
        String said = window.text("#future-entries-text");
        assertTrue(said.startsWith("2 entries are dated in the future"), said);
        assertTrue(said.contains("Jun 1, 2150"), said);

        window.robot.clickOn("#future-entries-show");
        window.ui.drainTasks();
        assertEquals(Section.HISTORY, onFx(() -> window.window().shell().sectionProperty().get()));
        assertEquals(LocalDate.of(2150, 6, 1),
                onFx(() -> window.robot.lookup("#history-from").queryAs(DatePicker.class).getValue()));
        waitUntil("both listed", () -> window.text("#history-count").startsWith("2 "));

        // The parent fixes their time (here: deletes them); the notice goes by itself.
        ShellViewModel shell = onFx(() -> window.window().shell());
        UUID ada = onFx(() -> shell.currentBabyProperty().get().meta().id());
        for (var entry : shell.journal().entries().list(nestling.store.EntryQuery.of(ada,
                Instant.parse("2100-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z")))) {
            shell.journal().entries().delete(entry.meta().id());
        }
        UiTesting.fx(shell::changed);
        window.ui.drainTasks();
        waitUntil("the notice goes", () -> !showing("#future-entries"));
    }

    @Test
    void itCanBeDismissedAndSpeaksGerman() throws Exception {
        UiTesting ui = new UiTesting(dir, ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN));
        window = new WindowTesting(ui, 1024, 640, withFutureEntries(Language.GERMAN), w -> { });
        window.unlock();
        waitUntil("the notice", () -> showing("#future-entries"));
        String said = window.text("#future-entries-text");
        assertTrue(said.startsWith("2 Eintr\u00e4ge sind in der Zukunft datiert"), said);
        assertTrue(said.contains("2150"), said);
        nestling.ui.testing.Screenshots.save(window.window().scene(), "future-entries-de");
        window.robot.clickOn("#future-entries-dismiss");
        waitUntil("dismissed", () -> !showing("#future-entries"));
    }

    @Test
    void noNoticeWhenEveryEntryIsInThePast() throws Exception {
        window = new WindowTesting(new UiTesting(dir), 1024, 640, WindowTesting.ADA, w -> { });
        window.unlock();
        window.ui.drainTasks();
        assertFalse(showing("#future-entries"));
    }
}
