package nestling.ui.unlock;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import nestling.vault.KdfMemory;
import nestling.vault.KdfParameters;
import nestling.vault.Vault;
import nestling.vault.VaultProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class UnlockViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private final AtomicReference<VaultSession> unlocked = new AtomicReference<>();
    private UnlockViewModel model;
    private UnlockAttempts attempts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            new SettingsRepository(session.database()).put("test.marker", "first");
            session.flush();
            new SettingsRepository(session.database()).put("test.marker", "second");
            session.flush();
            new SettingsRepository(session.database()).put("test.marker", "third");
            session.flush();
        }
        attempts = new UnlockAttempts(ui.clock);
        model = onFx(() -> new UnlockViewModel(ui.context, attempts, unlocked::set));
    }

    @AfterEach
    void tearDown() {
        if (unlocked.get() != null) {
            unlocked.get().close();
        }
        ui.context.tasks().close();
    }

    private void attempt(String passphrase) {
        fx(() -> {
            model.passphraseProperty().set(passphrase);
            model.unlock();
            assertEquals("", model.passphraseProperty().get(), "the field is cleared at once");
        });
        waitUntil("the attempt finished", () -> !model.busyProperty().get());
    }

    @Test
    void theFirstCharacterTypedStartsTheWarmUpAndTheRehearsalOnceButNotAPastedPassphrase() {
        AtomicInteger warmUps = new AtomicInteger();
        // the warm-up's memory is what the unlock then derives in (here a real one, not yet filled)
        Supplier<KdfMemory> warmUp = () -> {
            warmUps.incrementAndGet();
            return KdfMemory.of(KdfParameters.DEFAULT_MEMORY_KIB);
        };
        AtomicInteger rehearsals = new AtomicInteger();
        AtomicInteger stops = new AtomicInteger();
        UnlockViewModel.Rehearsal rehearsal = () -> {
            rehearsals.incrementAndGet();
            return stops::incrementAndGet;
        };
        UnlockViewModel typing = onFx(() -> new UnlockViewModel(ui.context, attempts, session -> null,
                (session, nothing) -> unlocked.set(session), warmUp));
        fx(() -> typing.rehearseWhileTyping(rehearsal));
        assertEquals(0, warmUps.get(), "nothing before the parent types");
        assertEquals(0, rehearsals.get());
        fx(() -> typing.passphraseProperty().set("c"));
        assertEquals(1, warmUps.get());
        assertEquals(1, rehearsals.get());
        assertEquals(0, stops.get());
        fx(() -> {
            typing.passphraseProperty().set("co");
            typing.passphraseProperty().set("");
            typing.passphraseProperty().set(PASS);
        });
        assertEquals(1, warmUps.get(), "once per lock screen, not per key");
        assertEquals(1, rehearsals.get());
        fx(typing::unlock);
        assertEquals(1, stops.get(), "Return stops the rehearsal before the unlock starts");
        waitUntil("unlocked", () -> unlocked.get() != null);
        assertEquals(1, warmUps.get());

        UnlockViewModel pasted = onFx(() -> new UnlockViewModel(ui.context, attempts, session -> null,
                (session, nothing) -> { }, warmUp));
        fx(() -> pasted.rehearseWhileTyping(rehearsal));
        fx(() -> pasted.passphraseProperty().set(PASS));
        fx(() -> pasted.passphraseProperty().set(""));
        fx(() -> pasted.passphraseProperty().set("c"));
        assertEquals(1, warmUps.get(), "a pasted passphrase is unlocked at once: no warm-up to compete with it");
        assertEquals(1, rehearsals.get(), "nor a rehearsal");
    }

    @Test
    void whatTheWindowReadsFirstIsReadWithTheUnlockAndAFailureThereOnlyCostsItsHeadStart() {
        AtomicReference<String> read = new AtomicReference<>();
        UnlockViewModel reading = onFx(() -> new UnlockViewModel(ui.context, attempts,
                session -> new SettingsRepository(session.database()).get("test.marker").orElseThrow()
                        + " on " + Thread.currentThread().getName(),
                (session, marker) -> {
                    unlocked.set(session);
                    read.set(marker);
                }));
        fx(() -> {
            reading.passphraseProperty().set(PASS);
            reading.unlock();
        });
        waitUntil("unlocked", () -> unlocked.get() != null);
        assertTrue(read.get().startsWith("third on nestling-ui-worker"), read.get());
        unlocked.getAndSet(null).close();

        UnlockViewModel failing = onFx(() -> new UnlockViewModel(ui.context, attempts, session -> {
            throw new IllegalStateException("cannot read");
        }, (session, nothing) -> {
            unlocked.set(session);
            read.set(String.valueOf(nothing));
        }));
        fx(() -> {
            failing.passphraseProperty().set(PASS);
            failing.unlock();
        });
        waitUntil("unlocked", () -> unlocked.get() != null);
        assertEquals("null", read.get(), "unlocked all the same; the window reads it itself");
        assertEquals("", failing.messageProperty().get());
    }

    @Test
    void theRightPassphraseUnlocks() {
        attempt(PASS);
        assertTrue(unlocked.get() != null);
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void wrongPassphrasesWaitLongerAndLongerButNeverLockOut() {
        attempt("wrong one");
        assertEquals(VaultProblem.WRONG_PASSPHRASE, model.problemProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Wrong passphrase"));
        assertEquals(0, model.waitSecondsProperty().get());
        attempt("wrong two");
        assertEquals(0, model.waitSecondsProperty().get());
        attempt("wrong three");
        assertEquals(1, model.waitSecondsProperty().get());
        fx(() -> model.passphraseProperty().set(PASS));
        assertFalse(model.canUnlock().get(), "waiting");
        ui.clock.advance(Duration.ofMillis(999));
        fx(model::tick);
        assertFalse(model.canUnlock().get(), "still waiting");
        ui.clock.advance(Duration.ofMillis(1));
        fx(model::tick);
        assertTrue(model.canUnlock().get());
        attempt("wrong four");
        assertEquals(2, model.waitSecondsProperty().get());
        assertEquals("Please wait 2 s before trying again.", model.waitTextProperty().get());
        ui.clock.advance(Duration.ofSeconds(2));
        fx(model::tick);
        attempt(PASS);
        assertTrue(unlocked.get() != null);
        assertEquals(0, model.failures(), "a success forgets the mistakes");
    }

    @Test
    void aFreshUnlockScreenKeepsTheWait() {
        attempt("wrong one");
        attempt("wrong two");
        attempt("wrong three");
        UnlockViewModel fresh = onFx(() -> new UnlockViewModel(ui.context, attempts, unlocked::set));
        assertEquals(1, fresh.waitSecondsProperty().get(), "showing the screen again does not reset the wait");
        assertEquals(3, fresh.failures());
    }

    @Test
    void aVaultOpenElsewhereIsNamedAsSuch() throws Exception {
        try (VaultSession elsewhere = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            attempt(PASS);
            assertEquals(VaultProblem.IN_USE, model.problemProperty().get());
            assertTrue(model.messageProperty().get().contains("already open in another Nestling"));
            assertNull(unlocked.get());
            assertEquals(0, model.waitSecondsProperty().get(), "not a wrong passphrase: no wait");
        }
    }

    @Test
    void aDamagedVaultListsSnapshotsAndOpensTheNewestGoodOne() throws Exception {
        Path file = Vault.vaultFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        attempt(PASS);
        assertTrue(model.problemProperty().get().isDamage(), String.valueOf(model.problemProperty().get()));
        waitUntil("snapshots listed", () -> !model.snapshots().isEmpty());
        assertTrue(model.snapshots().getFirst().generation() > model.snapshots().getLast().generation()
                || model.snapshots().size() == 1, "newest first");
        assertTrue(onFx(() -> model.describe(model.snapshots().getFirst())).startsWith("Saved "));
        // Snapshots hold "second" (newest) and "first"; the newest is damaged too, so the next one opens.
        Path newest = model.snapshots().getFirst().file();
        byte[] snapshotBytes = Files.readAllBytes(newest);
        snapshotBytes[snapshotBytes.length - 20] ^= 1;
        Files.delete(newest);
        Files.write(newest, snapshotBytes);

        fx(() -> {
            model.passphraseProperty().set(PASS);
            model.openNewestGoodSnapshot();
        });
        waitUntil("opened", () -> unlocked.get() != null);
        assertEquals("first", new SettingsRepository(unlocked.get().database()).get("test.marker").orElseThrow());
    }

    @Test
    void aDamagedVaultWithoutSnapshotsPointsToBackups() throws Exception {
        try (var files = Files.list(dir.resolve("snapshots"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Path file = Vault.vaultFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        attempt(PASS);
        waitUntil("told", () -> model.messageProperty().get().contains("No earlier copies"));
        assertTrue(model.snapshots().isEmpty());
        assertFalse(model.canOpenSnapshot().get());
    }

    @Test
    void aVaultFromANewerNestlingIsNamedAndNotTouched() throws Exception {
        try (VaultSession session = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            session.database().write(c -> {
                try (java.sql.Statement statement = c.createStatement()) {
                    return statement.executeUpdate("PRAGMA user_version = 999");
                }
            });
            session.lock();
        }
        byte[] before = Files.readAllBytes(Vault.vaultFile(dir));
        attempt(PASS);
        assertEquals(VaultProblem.NEWER_FORMAT, model.problemProperty().get());
        assertTrue(model.messageProperty().get().contains("newer Nestling"), model.messageProperty().get());
        assertTrue(model.snapshots().isEmpty(), "no snapshots offered: the file is not damaged");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Vault.vaultFile(dir))), "nothing changed");
    }

    @Test
    void aWrongPassphraseForTheSnapshotIsSaidPlainly() throws Exception {
        Path file = Vault.vaultFile(dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        attempt(PASS);
        waitUntil("snapshots listed", () -> !model.snapshots().isEmpty());
        fx(() -> {
            model.passphraseProperty().set("not it at all");
            model.openNewestGoodSnapshot();
        });
        waitUntil("refused", () -> !model.busyProperty().get() && model.problemProperty().get() == VaultProblem.WRONG_PASSPHRASE);
        assertNull(unlocked.get());
    }
}
