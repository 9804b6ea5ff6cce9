package nestling.ui.backup;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nestling.backup.LastBackup;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import nestling.vault.VaultLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class BackupViewModelTest {
    @TempDir
    Path temp;

    private UiTesting ui;
    private VaultSession session;
    private Journal journal;
    private BackupViewModel model;
    private final AtomicInteger changes = new AtomicInteger();
    private Path drive;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        Path dir = temp.resolve("vault");
        drive = Files.createDirectories(temp.resolve("usb-stick"));
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        journal = Journal.of(session.database(), ui.clock);
        var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
        journal.entries().log(ada.meta().id(), Instant.parse("2026-02-28T22:00:00Z"), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        model = onFx(() -> new BackupViewModel(ui.context, session, changes::incrementAndGet));
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    private Path backUp(BackupViewModel.Protection protection) throws Exception {
        fx(() -> {
            model.destinationProperty().set(drive);
            model.protectionProperty().set(protection);
            model.backUpNow();
        });
        ui.drainTasks();
        try (Stream<Path> files = Files.list(drive)) {
            List<Path> found = files.toList();
            assertEquals(1, found.size(), found.toString());
            return found.getFirst();
        }
    }

    /** "A copy for family": the baby and days chosen, its own passphrase, opened as a copy; not the family's backup. */
    @Test
    void aCopyForFamilyHoldsTheChosenDaysUnderItsOwnPassphrase() throws Exception {
        FamilyCopyViewModel copy = model.familyCopy();
        fx(() -> {
            model.destinationProperty().set(drive);
            copy.fromProperty().set(java.time.LocalDate.of(2026, 3, 1)); // the diaper was on Feb 28
            copy.passphraseProperty().set("short");
            copy.make();
        });
        assertTrue(onFx(copy.errorProperty()::get).contains("at least"), onFx(copy.errorProperty()::get));
        fx(() -> {
            copy.passphraseProperty().set("for grandma only");
            copy.make();
        });
        ui.drainTasks();
        assertEquals("Ada", onFx(() -> copy.babyProperty().get().name()), "the only baby is chosen");
        assertTrue(onFx(copy.statusProperty()::get).startsWith("Copy for family saved and verified"), onFx(copy.errorProperty()::get));
        Path file;
        try (Stream<Path> files = Files.list(drive)) {
            file = files.findFirst().orElseThrow();
        }
        try (VaultSession seen = nestling.backup.CopyOpener.open(file, "for grandma only".toCharArray(), ui.context.vaultOptions())) {
            assertEquals(List.of(), Journal.of(seen.database(), ui.clock).entries().list(nestling.store.EntryQuery.of(null,
                    Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"))), "February is not in a copy from March 1");
            assertEquals(1, Journal.of(seen.database(), ui.clock).family().babies(false).size());
        }
        assertTrue(LastBackup.of(session.database()).isEmpty(), "a copy for family is not the family's backup");
    }

    @Test
    void aBackupIsVerifiedAndRecordedAsTheLastOne() throws Exception {
        assertTrue(onFx(model.lastBackupProperty()::get).contains("No backup"));
        assertFalse(onFx(model.reminderDueProperty()::get), "nothing written a week ago: not asked yet");
        Path file = backUp(BackupViewModel.Protection.VAULT_PASSPHRASE);
        assertTrue(file.getFileName().toString().matches("nestling-backup-\\d{4}-\\d\\d-\\d\\d-\\d{4}\\.nestling"));
        assertTrue(onFx(model.backupStatusProperty()::get).startsWith("Backup saved and verified"),
                onFx(model.backupStatusProperty()::get));
        assertEquals("", onFx(model.backupErrorProperty()::get));
        assertEquals(ui.clock.instant(), LastBackup.of(session.database()).orElseThrow());
        assertTrue(onFx(model.lastBackupProperty()::get).startsWith("Last backup today"));
        assertFalse(onFx(model.reminderDueProperty()::get));
    }

    @Test
    void aPlainBackupIsJsonAndASeparatePassphraseMustBeLongEnough() throws Exception {
        fx(() -> {
            model.destinationProperty().set(drive);
            model.protectionProperty().set(BackupViewModel.Protection.SEPARATE_PASSPHRASE);
            model.backupPassphraseProperty().set("short");
            model.backUpNow();
        });
        ui.drainTasks();
        assertTrue(onFx(model.backupErrorProperty()::get).contains("at least"));
        assertTrue(LastBackup.of(session.database()).isEmpty(), "nothing written, nothing recorded");
        Path plain = backUp(BackupViewModel.Protection.PLAIN);
        assertTrue(plain.toString().endsWith(".json"));
        assertTrue(Files.readString(plain).contains("\"nestling-backup\""));
    }

    @Test
    void aBackupWithItsOwnPassphraseAsksForItBeforeShowingWhatItHolds() throws Exception {
        fx(() -> model.backupPassphraseProperty().set("sunny kite harbour"));
        Path file = backUp(BackupViewModel.Protection.SEPARATE_PASSPHRASE);
        assertTrue(file.toString().endsWith(".nestling"));
        fx(() -> model.restore().inspect(file));
        ui.drainTasks();
        assertTrue(onFx(model.restore().errorProperty()::get).startsWith("Wrong passphrase for this backup"),
                onFx(model.restore().errorProperty()::get));
        assertEquals(RestoreModel.Stage.NONE, onFx(model.restore().stageProperty()::get));
        fx(() -> {
            model.restore().passphraseProperty().set("sunny kite harbour");
            model.restore().retryInspect();
        });
        ui.drainTasks();
        assertEquals("", onFx(model.restore().errorProperty()::get));
        assertTrue(onFx(model.restore().summaryProperty()::get).contains("1 baby: Ada"));
    }

    @Test
    void aMissingDriveGivesAClearErrorAndRecordsNothing() {
        fx(() -> {
            model.destinationProperty().set(temp.resolve("pulled-out-stick"));
            model.backUpNow();
        });
        ui.drainTasks();
        assertTrue(onFx(model.backupErrorProperty()::get).contains("Is the drive connected?"),
                onFx(model.backupErrorProperty()::get));
        assertEquals("", onFx(model.backupStatusProperty()::get));
        assertTrue(LastBackup.of(session.database()).isEmpty());
    }

    @Test
    void mergingOurOwnBackupChangesNothingAndSaysSo() throws Exception {
        Path file = backUp(BackupViewModel.Protection.VAULT_PASSPHRASE);
        fx(() -> model.restore().inspect(file));
        ui.drainTasks();
        String summary = onFx(model.restore().summaryProperty()::get);
        assertTrue(summary.contains("1 baby: Ada"), summary);
        assertTrue(summary.contains("1 entry"), summary);
        assertEquals(RestoreModel.Stage.INSPECTED, onFx(model.restore().stageProperty()::get));
        fx(model.restore()::merge);
        ui.drainTasks();
        assertEquals(RestoreModel.Stage.DONE, onFx(model.restore().stageProperty()::get));
        assertTrue(onFx(model.restore().resultProperty()::get).startsWith("Merged: nothing changed"),
                onFx(model.restore().resultProperty()::get));
        assertFalse(onFx(model.restore().lastMergeProperty()::get).changedAnything());
        assertTrue(hasSafetyCopy("before-merge"));
    }

    @Test
    void mergingAnotherLaptopsBackupListsWhatWasAdded() throws Exception {
        Path other = temp.resolve("other");
        try (VaultSession second = VaultSession.create(other, PASS.toCharArray(), ui.context.vaultOptions())) {
            Journal there = Journal.of(second.database(), ui.clock);
            var bo = there.family().addBaby("Bo", Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC, Sex.MALE, null);
            there.entries().log(bo.meta().id(), Instant.parse("2026-02-28T23:00:00Z"), null,
                    new EntryData.Diaper(false, true, false, null, null, false, null));
            nestling.backup.BackupExporter.export(second.database(), drive, null, ui.context.vaultOptions());
        }
        Path file = Files.list(drive).findFirst().orElseThrow();
        fx(() -> model.restore().inspect(file));
        ui.drainTasks();
        fx(model.restore()::merge);
        ui.drainTasks();
        String result = onFx(model.restore().resultProperty()::get);
        assertTrue(result.startsWith("Merged: "), result);
        assertFalse(result.contains("nothing changed"), result);
        assertTrue(result.contains(" 0 conflicts"), result);
        assertEquals(List.of("Ada", "Bo"), journal.family().babies(false).stream().map(b -> b.name()).sorted().toList());
        assertEquals(1, changes.get(), "the other screens were told");
    }

    @Test
    void replacingMakesASafetyCopyFirst() throws Exception {
        Path file = backUp(BackupViewModel.Protection.VAULT_PASSPHRASE);
        journal.family().addBaby("Later", Instant.parse("2026-02-20T08:00:00Z"), ZoneOffset.UTC, Sex.MALE, null);
        fx(() -> model.restore().inspect(file));
        ui.drainTasks();
        fx(model.restore()::replace);
        ui.drainTasks();
        assertTrue(onFx(model.restore().resultProperty()::get).startsWith("Replaced."), onFx(model.restore().resultProperty()::get));
        assertTrue(hasSafetyCopy("before-restore"));
        assertEquals(List.of("Ada"), journal.family().babies(true).stream().map(b -> b.name()).toList());
    }

    @Test
    void replacedIsSaidOnlyOnceTheVaultFileHoldsIt() throws Exception {
        Path file = backUp(BackupViewModel.Protection.VAULT_PASSPHRASE);
        journal.family().addBaby("Later", Instant.parse("2026-02-20T08:00:00Z"), ZoneOffset.UTC, Sex.MALE, null);
        session.close();
        // the vault's own saves fail from now on (the safety copy, written with the window's options, does not)
        java.util.concurrent.atomic.AtomicBoolean diskGone = new java.util.concurrent.atomic.AtomicBoolean();
        session = VaultSession.unlock(temp.resolve("vault"), PASS.toCharArray(), ui.context.vaultOptions().withFaults(step -> {
            if (diskGone.get() && step == nestling.vault.AtomicFileWriter.Step.RENAME) {
                throw new java.io.IOException("No space left on device");
            }
        }));
        model = onFx(() -> new BackupViewModel(ui.context, session, changes::incrementAndGet));
        ui.drainTasks();
        fx(() -> model.restore().inspect(file));
        ui.drainTasks();
        diskGone.set(true);
        fx(model.restore()::replace);
        ui.drainTasks();
        String result = onFx(model.restore().resultProperty()::get);
        assertFalse(result.startsWith("Replaced."), result);
        assertTrue(result.contains("could not be saved yet") && result.contains("The disk is full"), result);
        assertTrue(session.saver().hasUnsavedChanges());
        diskGone.set(false);
        session.flush();
        session.close();
        session = VaultSession.unlock(temp.resolve("vault"), PASS.toCharArray(), ui.context.vaultOptions());
        assertEquals(List.of("Ada"), Journal.of(session.database(), ui.clock).family().babies(true).stream()
                .map(b -> b.name()).toList(), "once saved, the vault holds the backup");
    }

    /** It said "Something went wrong" (the safety copy could not be written), not what to do about it. */
    @Test
    void aVaultInAReadOnlyFolderRefusesMergeAndReplaceSayingSo() throws Exception {
        Path file = backUp(BackupViewModel.Protection.PLAIN);
        Path dir = session.vault().directory();
        session.close();
        ui.readOnlyFolder.set(true);
        session = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions());
        assertTrue(session.vault().readOnly());
        model = onFx(() -> new BackupViewModel(ui.context, session, changes::incrementAndGet));
        ui.drainTasks();
        for (Runnable action : List.<Runnable>of(model.restore()::merge, model.restore()::replace)) {
            fx(() -> model.restore().inspect(file));
            ui.drainTasks();
            fx(action);
            ui.drainTasks();
            String error = onFx(model.restore().errorProperty()::get);
            assertTrue(error.startsWith("The vault folder is read-only"), error);
        }
        assertFalse(hasSafetyCopy("before-"), "nothing was written");
        assertEquals(0, changes.get());
    }

    @Test
    void aBadBackupNamesTheProblemAndChangesNothing() throws Exception {
        Path damaged = Files.writeString(drive.resolve("broken.json"), "{\"format\": \"nestling-backup\", ");
        Path notOurs = Files.writeString(drive.resolve("shopping.json"), "eggs, milk");
        fx(() -> model.restore().inspect(notOurs));
        ui.drainTasks();
        assertEquals("This file is not a Nestling backup.", onFx(model.restore().errorProperty()::get));
        fx(() -> model.restore().inspect(damaged));
        ui.drainTasks();
        assertTrue(onFx(model.restore().errorProperty()::get).startsWith("The backup is not valid JSON"),
                onFx(model.restore().errorProperty()::get));
        assertEquals(RestoreModel.Stage.NONE, onFx(model.restore().stageProperty()::get));
        fx(model.restore()::merge);
        fx(model.restore()::replace);
        ui.drainTasks();
        assertEquals(List.of("Ada"), journal.family().babies(true).stream().map(b -> b.name()).toList());
        assertFalse(hasSafetyCopy("before-"), "nothing was applied");
        assertEquals(0, changes.get());
    }

    @Test
    void theReminderPeriodIsStored() {
        fx(() -> model.changeReminderDays(14));
        ui.drainTasks();
        assertEquals(14, LastBackup.reminderDays(session.database()));
        ui.clock.advance(Duration.ofDays(1));
    }

    @Test
    void csvFilesGoToTheChosenFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("sheets"));
        fx(() -> model.exportCsv(folder));
        ui.drainTasks();
        assertTrue(onFx(model.csvStatusProperty()::get).startsWith("Wrote "), onFx(model.csvStatusProperty()::get));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".csv")));
        }
    }

    private boolean hasSafetyCopy(String prefix) throws Exception {
        Path snapshots = session.vault().directory().resolve(VaultLocation.SNAPSHOT_DIRECTORY);
        if (!Files.isDirectory(snapshots)) {
            return false;
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        }
    }
}
