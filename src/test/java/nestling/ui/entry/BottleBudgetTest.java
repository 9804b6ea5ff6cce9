package nestling.ui.entry;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bottle with a new amount at 3 a.m. in the real window, counted in robot actions (a key or chord
 * = 1, typing the number = 1): Shift+B opens the bottle form with the last amount selected, the
 * amount is typed over it, Enter saves. Three actions.
 */
class BottleBudgetTest {
    @TempDir
    Path temp;

    private static final WindowTesting.Seed LAST_BOTTLE = (session, ui) -> {
        Journal journal = Journal.of(session.database(), ui.clock);
        Baby ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                null);
        journal.entries().log(ada.meta().id(), ui.clock.instant().minus(Duration.ofHours(3)), null,
                new EntryData.Bottle(BottleContent.FORMULA, 120, null));
    };

    @Test
    void aBottleWithANewAmountTakesThreeActions() throws Exception {
        WindowTesting app = new WindowTesting(temp, 1024, 640, LAST_BOTTLE, window -> { });
        try {
            app.unlock();
            ShellViewModel shell = onFx(app.window()::shell);
            int actions = 0;
            app.robot.push(KeyCode.SHIFT, KeyCode.B);
            actions++;
            waitUntil("the bottle form is open with the last amount selected", () -> app.robot.lookup("#entry-amount")
                    .tryQueryAs(javafx.scene.control.TextField.class)
                    .filter(f -> f.isFocused() && "120".equals(f.getSelectedText())).isPresent());
            // Not an action: tells the robot which window has the keyboard (the Headless platform
            // keeps writing into the window that had it before).
            app.robot.targetWindow(onFx(() -> app.robot.lookup("#entry-form").query().getScene().getWindow()));
            app.robot.write("150");
            actions++;
            app.robot.type(KeyCode.ENTER);
            actions++;
            app.ui.drainTasks();
            List<Entry> bottles = shell.journal().entries().list(new EntryQuery(null, Instant.EPOCH,
                    app.ui.clock.instant().plusSeconds(60), Set.of(EntryType.BOTTLE)));
            assertEquals(2, bottles.size(), "the new bottle is saved");
            Entry saved = bottles.stream().filter(b -> b.start().equals(app.ui.clock.instant())).findFirst()
                    .orElseThrow(() -> new AssertionError("no bottle logged now: " + bottles));
            assertEquals(150, ((EntryData.Bottle) saved.data()).ml());
            assertEquals(BottleContent.FORMULA, ((EntryData.Bottle) saved.data()).content(), "the content is remembered");
            waitUntil("the form closed", () -> app.robot.lookup("#entry-form").tryQuery().isEmpty());
            assertEquals(3, actions);
        } finally {
            app.close();
        }
    }
}
