package nestling.ui.inbox;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.journal.HeldInbox;
import nestling.journal.InboxAction;
import nestling.journal.Journal;
import nestling.journal.LockedInbox;
import nestling.store.EntryQuery;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After unlock: a refused record told, two held under a replaced key; one added, the other discarded. */
class InboxReviewFlowTest {
    static final String LONG_NAME = "Maximiliane Josephine Augusta";

    @TempDir
    Path dir;
    private WindowTesting app;
    private final List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void heldRecordsAreAddedOrDiscardedOneByOneOrAll() throws Exception {
        app = new WindowTesting(dir, 1024, 640, (session, ui) -> {
            UUID baby = Journal.of(session.database(), ui.clock).family()
                    .addBaby(LONG_NAME, Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, null, null).meta().id();
            Path folder = ui.context.vaultDirectory();
            byte[] ours = InboxKeyFile.read(folder).orElseThrow();
            InboxKeyFile.write(folder, InboxKeys.generate().publicKey()); // replaced by someone
            Instant at = ui.clock.instant().minus(Duration.ofHours(1));
            for (UUID id : ids) {
                InboxFile.append(folder, ours, diaper(id, baby, at.plusSeconds(60L * ids.indexOf(id))).toJson());
            }
            LockedInbox.log(folder, diaper(UUID.randomUUID(), baby, at)); // sealed to the other key: refused
        }, window -> { });
        app.unlock();
        waitUntil("the review shows", () -> app.robot.lookup("#inbox-review").tryQuery().isPresent());
        assertTrue(app.text("#inbox-refused").startsWith("1 entry logged while the app was locked could not be added"),
                app.text("#inbox-refused"));
        assertEquals(2, onFx(() -> app.robot.lookup("#inbox-held").queryAs(ListView.class).getItems().size()));
        assertTrue(onFx(() -> app.robot.lookup("#inbox-item-what").queryLabeled().getText())
                .equals("Diaper for " + LONG_NAME));
        Screenshots.save(app.robot.lookup("#inbox-review").query().getScene(), "70-inbox-review");

        app.robot.clickOn(app.robot.lookup("#inbox-accept").nth(0).queryButton());
        app.ui.drainTasks();
        waitUntil("added and saved", () -> app.text("#inbox-status").equals("1 entry added and saved."));
        app.robot.clickOn("#inbox-drop-all");
        app.ui.drainTasks();
        waitUntil("discarded", () -> app.text("#inbox-status").equals("1 entry discarded."));

        var session = onFx(() -> app.window().shell().session());
        List<Entry> entries = Journal.of(session.database(), app.ui.clock).entries()
                .list(EntryQuery.of(null, Instant.EPOCH, app.ui.clock.instant()));
        assertEquals(List.of(ids.getFirst()), entries.stream().map(Entry::id).toList());
        assertTrue(HeldInbox.list(session.database()).isEmpty());
    }

    private static InboxAction diaper(UUID id, UUID baby, Instant at) {
        return new InboxAction.NewEntry(id, baby, EntryType.DIAPER, at, null, ZoneOffset.UTC, at, null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
    }
}
