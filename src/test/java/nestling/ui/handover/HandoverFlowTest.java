package nestling.ui.handover;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "While you were away" from Today: since the caregiver's own last entry, then since a typed time, then print. */
class HandoverFlowTest {
    @TempDir
    Path dir;
    private WindowTesting app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void sinceMyLastEntryThenSinceATypedTimeAndPrintingSaysWhatIsMissing() throws Exception {
        app = new WindowTesting(dir, 1024, 640, (session, ui) -> {
            Journal journal = Journal.of(session.database(), ui.clock);
            Instant now = ui.clock.instant();
            var ada = journal.family().addBaby("Ada", now.minus(Duration.ofDays(60)), ZoneOffset.UTC, Sex.FEMALE, null);
            var oma = journal.family().addCaregiver("Oma", null, "#3a7bd5");
            var sam = journal.family().addCaregiver("Sam", null, "#d5803a");
            journal.family().setCurrentCaregiver(oma.meta().id());
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(9)), null,
                    new EntryData.Bottle(null, 90, null), oma.meta().id());
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(8)), now.minus(Duration.ofHours(3)),
                    new EntryData.Sleep(nestling.domain.SleepKind.NIGHT, null, null), sam.meta().id());
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofHours(2)), null,
                    new EntryData.Diaper(true, true, false, null, null, false, null), sam.meta().id());
            journal.entries().log(ada.meta().id(), now.minus(Duration.ofMinutes(50)), null,
                    new EntryData.Bottle(null, 120, null), sam.meta().id());
        }, window -> { });
        app.unlock();
        app.robot.clickOn("#today-handover");
        waitUntil("the handover shows since Oma's bottle", () -> app.robot.lookup("#handover-heading").tryQuery().isPresent());
        app.ui.drainTasks();
        assertTrue(onFx(() -> app.robot.lookup("#handover-since-mine").queryAs(Labeled.class).getText())
                .startsWith("Since your last entry (Oma, "));
        String all = lines();
        assertTrue(all.contains("Feeds | 2 (bottle 210 ml, breast 0 min)"), all);
        assertTrue(all.contains("Diapers | 1 (1 wet, 1 dirty)"), all);
        assertTrue(all.contains("Slept in this time | 5 h 0 min"), all);
        assertTrue(all.contains("Sleep | awake since"), all);
        Screenshots.save(app.robot.lookup("#handover-dialog").query().getScene(), "60-handover");

        app.robot.clickOn("#handover-since-time");
        onFx(() -> {
            app.robot.lookup("#handover-time").queryAs(TextField.class).clear();
            return null;
        });
        app.robot.clickOn("#handover-time").write("tea time").type(KeyCode.ENTER);
        waitUntil("a time it cannot read is said", () -> !text("#handover-problem").isEmpty());
        assertEquals("Type a time such as 22:00.", text("#handover-problem"));

        String twoHoursAgo = onFx(() -> app.ui.context.formats().time(app.ui.clock.instant().minus(Duration.ofMinutes(130))));
        onFx(() -> {
            app.robot.lookup("#handover-time").queryAs(TextField.class).setText(twoHoursAgo.replace('\u202f', ' '));
            return null;
        });
        app.robot.clickOn("#handover-show");
        app.ui.drainTasks();
        waitUntil("the later start counts only the last bottle", () -> lines().contains("Feeds | 1 (bottle 120 ml"));

        app.robot.clickOn("#handover-print");
        waitUntil("printing without a printer says what to do", () -> text("#handover-print-problem")
                .startsWith("No printer is set up on this computer."));
    }

    private String text(String id) {
        return onFx(() -> app.robot.lookup(id).queryAs(Labeled.class).getText());
    }

    /** "Caption | text" per line of the card. */
    private String lines() {
        return onFx(() -> {
            StringBuilder out = new StringBuilder();
            for (int row = 0; ; row++) {
                Node caption = app.robot.lookup("#handover-caption-" + row).tryQuery().orElse(null);
                if (caption == null) {
                    return out.toString();
                }
                out.append(((Labeled) caption).getText()).append(" | ")
                        .append(app.robot.lookup("#handover-line-" + row).queryAs(Labeled.class).getText()).append('\n');
            }
        });
    }
}
