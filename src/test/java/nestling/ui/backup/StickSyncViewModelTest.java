package nestling.ui.backup;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nestling.backup.BackupKeys;
import nestling.backup.ConflictChoices;
import nestling.backup.sync.StickSync;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The window's sync: a new stick is set up, another laptop syncs and changes the same bottle, and
 * the parent keeps this laptop's version in the conflict list; "Synced" comes once all is on disk.
 */
class StickSyncViewModelTest {
    @TempDir
    Path temp;

    private UiTesting ui;
    private VaultSession session;
    private VaultSession other;
    private Journal here;
    private Journal there;
    private StickSyncViewModel model;
    private final AtomicInteger changes = new AtomicInteger();
    private Path stick;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        stick = Files.createDirectories(temp.resolve("stick"));
        ui = new UiTesting(temp.resolve("vault"));
        session = VaultSession.create(temp.resolve("vault"), PASS.toCharArray(), ui.context.vaultOptions());
        other = VaultSession.create(temp.resolve("other"), PASS.toCharArray(), ui.context.vaultOptions());
        here = Journal.of(session.database(), ui.clock);
        there = Journal.of(other.database(), ui.clock);
        model = onFx(() -> new BackupViewModel(ui.context, session, changes::incrementAndGet).sync());
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() {
        session.close();
        other.close();
        ui.context.tasks().close();
    }

    @Test
    void setUpThenAConflictWhereTheParentKeepsThisLaptopsVersion() throws Exception {
        UUID ada = here.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null)
                .meta().id();
        UUID bottle = here.entries().log(ada, Instant.parse("2026-03-01T01:00:00Z"), null,
                new EntryData.Bottle(null, 100, null)).id();
        fx(() -> {
            model.folderProperty().set(stick);
            model.sync();
        });
        ui.drainTasks();
        assertEquals(StickSyncViewModel.Stage.SET_UP, onFx(model.stageProperty()::get));
        fx(model::finish); // with this vault's passphrase, the default
        ui.drainTasks();
        assertEquals(StickSyncViewModel.Stage.DONE, onFx(model.stageProperty()::get), onFx(model.errorProperty()::get));
        assertTrue(onFx(model.statusProperty()::get).contains("The stick is set up"), onFx(model.statusProperty()::get));

        ui.clock.advance(Duration.ofMinutes(1));
        syncOther(); // the other laptop takes the bottle
        ui.clock.advance(Duration.ofMinutes(1));
        edit(here, bottle, 120);
        ui.clock.advance(Duration.ofMinutes(1));
        edit(there, bottle, 150); // newer
        syncOther();
        ui.clock.advance(Duration.ofMinutes(1));

        fx(model::sync); // the other laptop wrote the stick: this vault's key alone does not open it
        ui.drainTasks();
        assertTrue(onFx(model.errorProperty()::get).contains("needs its passphrase"), onFx(model.errorProperty()::get));
        fx(() -> {
            model.passphraseProperty().set(PASS);
            model.sync();
        });
        ui.drainTasks();
        assertEquals(StickSyncViewModel.Stage.CONFLICTS, onFx(model.stageProperty()::get), onFx(model.errorProperty()::get));
        assertEquals(1, onFx(model.conflicts()::size));
        fx(() -> model.conflicts().getFirst().keepProperty().set(ConflictChoices.Keep.THIS_LAPTOP));
        int before = changes.get();
        fx(model::finish);
        ui.drainTasks();
        assertEquals(StickSyncViewModel.Stage.DONE, onFx(model.stageProperty()::get), onFx(model.errorProperty()::get));
        String status = onFx(model.statusProperty()::get);
        assertTrue(status.startsWith("Synced at") && status.contains("1 kept this laptop's version"), status);
        assertTrue(changes.get() > before);
        assertEquals(120, ml(here, bottle));
        syncOther();
        assertEquals(120, ml(there, bottle), "the choice travels with the stick");
    }

    private void syncOther() throws Exception {
        try (StickSync.Plan plan = StickSync.prepare(other.database(), stick, BackupKeys.passphrase(PASS.toCharArray()));
                SealedFile.Key key = SealedFile.newKey(PASS.toCharArray(), ui.context.vaultOptions())) {
            plan.apply(other, ConflictChoices.NEWEST, key, ui.context.vaultOptions());
        }
    }

    private static void edit(Journal journal, UUID id, int ml) {
        Entry entry = journal.entries().find(id).orElseThrow();
        journal.entries().edit(new Entry(entry.meta(), entry.babyId(), entry.start(), entry.end(), entry.offset(),
                new EntryData.Bottle(null, ml, null)));
    }

    private static int ml(Journal journal, UUID id) {
        return ((EntryData.Bottle) journal.entries().find(id).orElseThrow().data()).ml();
    }
}
