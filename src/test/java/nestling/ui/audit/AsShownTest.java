package nestling.ui.audit;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import nestling.domain.ActivityKind;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.journal.Journal;
import nestling.ui.common.Failures;
import nestling.ui.common.Theme;
import nestling.ui.entry.EntryForms;
import nestling.store.SettingsRepository;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.Section;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.TwinsDays;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window as a parent meets it: every screen, entry form and dialog of the real window, in
 * light, dark and night, at 1280×800 and at 1024×640 (dark and night unlocked at 1024×640 only; see
 * {@link #sizesFor}), for twins of whom one is called
 * "Maximiliane-Charlotte Sophie" — once in English, once in German. Each state is laid out and
 * read by {@link LayoutAudit} (cut-off or wrapped titles and buttons, controls outside the window
 * or over each other) and {@link ContrastAudit} (WCAG 2.2 contrast; no glare at night). The test
 * fails on any finding and lists them (all of them in target/audit/findings-LANG.txt, with a
 * screenshot of each state that has one under target/screenshots/audit/).
 */
class AsShownTest {
    static final String LONG_NAME = "Maximiliane-Charlotte Sophie";
    private static final List<Theme> THEMES = List.of(Theme.LIGHT, Theme.DARK, Theme.NIGHT);
    private static final double[][] SIZES = {{1280, 800}, {1024, 640}};

    @TempDir
    Path dir;

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final List<String> states = new ArrayList<>();
    private WindowTesting window;
    private Stage stage;
    /** The entry of the family's own activity ("Baby massage"), whose form the tour opens too. */
    private UUID ownActivity;
    /** A backup of the family, made through the Backup screen the first time it is shown. */
    private Path backupFile;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void everyScreenFormAndDialogShowsWhole(String language) throws Exception {
        ResourceBundle bundle = ResourceBundle.getBundle("nestling.ui.messages", Locale.forLanguageTag(language));
        UiTesting ui = new UiTesting(dir, bundle);
        assertEquals(TwinsDays.NOW, ui.clock.instant(), "the twins' days lead up to the test's clock");
        window = new WindowTesting(ui, SIZES[0][0], SIZES[0][1], (session, testing) -> {
            new TwinsDays(session.database(), LONG_NAME, "Ben").fill();
            Journal journal = Journal.of(session.database(), testing.clock);
            // The family chose this language in Settings, so the unlocked window keeps it.
            new LanguageSetting(new SettingsRepository(session.database()))
                    .store(language.equals("de") ? Language.GERMAN : Language.ENGLISH);
            var own = journal.family().addActivityType("Baby massage", "#7e57c2", true);
            UUID baby = journal.family().babies(false).getFirst().meta().id();
            ownActivity = journal.entries().log(baby, Instant.parse("2026-02-28T18:00:00Z"), Instant.parse("2026-02-28T18:20:00Z"),
                    new EntryData.Activity(ActivityKind.CUSTOM, own.meta().id(), null, "Calm after")).meta().id();
        }, w -> { });
        AssertionError failed = null;
        try {
            stage = onFx(() -> (Stage) window.window().scene().getWindow());
            lockedScreens(language);
            unlock();
            for (Theme theme : THEMES) {
                ShellViewModel shell = onFx(() -> window.window().shell());
                fx(() -> shell.changeTheme(theme));
                for (double[] size : sizesFor(theme)) {
                    resize(size);
                    String at = language + " " + (int) size[0] + "x" + (int) size[1] + " " + theme.name().toLowerCase(Locale.ROOT);
                    unlockedWindow(at, theme);
                }
            }
            readOnlyStates(language);
            addBabyScreen(language);
        } catch (AssertionError e) {
            failed = e;
            throw e;
        } finally {
            // The primary stage is shared by the test classes: the next one gets it sized to its scene.
            if (stage != null) {
                fx(() -> stage.sizeToScene());
            }
            try {
                window.close();
            } catch (AssertionError e) {
                // The first failure tells what broke; the failure count is its echo.
                if (failed == null) {
                    throw e;
                }
                failed.addSuppressed(e);
            }
        }
        report(language);
    }

    /**
     * The unlocked window is toured at both sizes in light, and in dark and night at the smaller
     * size only: what is cut off or overlaps depends on the size and the language (and 1024×640 is
     * where it happens), what is hard to read on the theme. Touring dark and night at 1280×800 as
     * well cost 40 s of a suite that must stay under ten minutes, and in the runs that had both
     * it found nothing the other states missed.
     */
    private static double[][] sizesFor(Theme theme) {
        return theme == Theme.LIGHT ? SIZES : new double[][] {SIZES[1]};
    }

    private void lockedScreens(String language) {
        MainWindow main = window.window();
        for (double[] size : SIZES) {
            resize(size);
            for (Theme theme : THEMES) {
                String at = language + " " + (int) size[0] + "x" + (int) size[1] + " " + theme.name().toLowerCase(Locale.ROOT);
                fx(() -> theme.applyTo(main.scene()));
                audit(at + " unlock", stage, theme, true);
                fx(main::showCreate);
                audit(at + " create-vault", stage, theme, true);
                fx(main::showUnlock);
            }
        }
        fx(() -> Theme.LIGHT.applyTo(main.scene()));
    }

    private void unlock() {
        fx(() -> ((TextField) stage.getScene().lookup("#unlock-passphrase")).setText(PASS));
        fx(() -> ((Button) stage.getScene().lookup("#unlock-button")).fire());
        waitUntil("unlocked", () -> window.window().shell() != null
                && window.window().shell().currentBabyProperty().get() != null);
        window.ui.drainTasks();
    }

    private void unlockedWindow(String at, Theme theme) throws IOException {
        ShellViewModel shell = onFx(() -> window.window().shell());
        for (Section section : Section.values()) {
            fx(() -> shell.sectionProperty().set(section));
            window.ui.drainTasks();
            audit(at + " " + section.id(), stage, theme, true);
        }
        for (EntryType type : EntryType.values()) {
            dialog(at + " form-" + type.wireName(), "entry-form", theme, () -> EntryForms.open(shell, type, stage));
        }
        Entry own = shell.journal().entries().find(ownActivity).orElseThrow();
        dialog(at + " form-own-activity", "entry-form", theme, () -> EntryForms.edit(shell, own, stage));
        dialog(at + " help", "help-overlay", theme, () -> window.window().help().show());
        // The pop-ups a parent opens most: the "+ New entry" menu and the baby switcher's list.
        fx(() -> shell.sectionProperty().set(Section.TODAY));
        window.ui.drainTasks();
        var menu = (javafx.scene.control.MenuButton) onFx(() -> stage.getScene().lookup("#today-new"));
        popup(at + " new-entry-menu", theme, menu::show, menu::hide);
        var babies = (javafx.scene.control.ComboBox<?>) onFx(() -> stage.getScene().lookup("#baby-switcher"));
        popup(at + " baby-list", theme, babies::show, babies::hide);
        dialog(at + " failure", "failure-dialog", theme, () -> new Failures().show(window.ui.context,
                window.ui.context.formats().message("failure.form", window.ui.context.text("entry.type.medicine")),
                new IllegalStateException("provoked by the layout test")));
        fx(() -> shell.sectionProperty().set(Section.SETTINGS));
        window.ui.drainTasks();
        dialog(at + " change-passphrase", "change-passphrase-dialog", theme,
                () -> ((Button) stage.getScene().lookup("#change-passphrase-button")).fire());
        fx(() -> ((ListView<?>) stage.getScene().lookup("#caregivers-list")).getSelectionModel().select(0));
        // A confirmation waits in a nested event loop: fire it later, so this thread is not held.
        dialog(at + " remove-caregiver", "caregiver-remove-dialog", theme, () -> Platform.runLater(
                () -> ((Button) stage.getScene().lookup("#caregiver-remove")).fire()));
        backupStates(at, theme, shell);
        notSavedStates(at, theme, shell);
        futureEntries(at, theme, shell);
        fx(() -> shell.sectionProperty().set(Section.TODAY));
    }

    /** The Backup screen after a backup, with a backup file opened, and its replace confirmation. */
    @SuppressWarnings("unchecked")
    private void backupStates(String at, Theme theme, ShellViewModel shell) throws IOException {
        fx(() -> shell.sectionProperty().set(Section.BACKUP));
        window.ui.drainTasks();
        if (backupFile == null) {
            Path drive = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-usb"));
            fx(() -> ((javafx.scene.control.ComboBox<Path>) stage.getScene().lookup("#backup-destination")).setValue(drive));
            fx(() -> ((Button) stage.getScene().lookup("#backup-now-button")).fire());
            window.ui.drainTasks();
            waitUntil("the backup is made", () -> {
                try (var files = Files.list(drive)) {
                    return files.findAny().isPresent();
                }
            });
            window.ui.drainTasks();
            try (var files = Files.list(drive)) {
                backupFile = files.findFirst().orElseThrow();
            }
        }
        audit(at + " backup", stage, theme, true);
        driveGone(at, theme);
        fx(() -> shell.openBackup(backupFile));
        fx(() -> shell.sectionProperty().set(Section.TODAY));
        fx(() -> shell.sectionProperty().set(Section.BACKUP));
        window.ui.drainTasks();
        waitUntil("the opened backup is checked", () -> stage.getScene().lookup("#backup-replace-button") != null
                && stage.getScene().lookup("#backup-replace-button").isVisible());
        audit(at + " backup-opened", stage, theme, true);
        dialog(at + " replace-confirmation", "replace-dialog", theme, () -> Platform.runLater(
                () -> ((Button) stage.getScene().lookup("#backup-replace-button")).fire()));
    }

    /** A save that failed (full disk): the banner, and the question when the window is closed. */
    private void notSavedStates(String at, Theme theme, ShellViewModel shell) {
        Journal journal = shell.journal();
        UUID baby = onFx(() -> shell.currentBabyProperty().get().meta().id());
        window.ui.diskFull.set(true);
        journal.entries().log(baby, window.ui.clock.instant(), null, new EntryData.Note("Quiet night so far"));
        fx(shell::changed);
        window.ui.drainTasks();
        waitUntil("the failed save shows", () -> !((javafx.scene.control.Label) stage.getScene().lookup("#save-reason"))
                .getText().isEmpty());
        audit(at + " not-saved", stage, theme, true);
        dialog(at + " close-not-saved", "close-dialog", theme, () -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        window.ui.diskFull.set(false);
        journal.entries().log(baby, window.ui.clock.instant(), null, new EntryData.Note("Saved again"));
        fx(shell::changed);
        window.ui.drainTasks();
        waitUntil("saved again", () -> ((javafx.scene.control.Label) stage.getScene().lookup("#save-reason"))
                .getText().isEmpty());
    }

    /**
     * The Backup screen's longest error: the stick pulled right after the backup was renamed into
     * place (DRIVE_GONE, "may or may not be complete").
     */
    @SuppressWarnings("unchecked")
    private void driveGone(String at, Theme theme) throws IOException {
        Path stick = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-pulled"));
        window.ui.moreFaults = step -> {
            if (step == nestling.vault.AtomicFileWriter.Step.FORCE_DIRECTORY && Files.isDirectory(stick)) {
                try (var files = Files.list(stick)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(stick);
                throw new IOException("No such device");
            }
        };
        try {
            fx(() -> ((javafx.scene.control.ComboBox<Path>) stage.getScene().lookup("#backup-destination")).setValue(stick));
            fx(() -> ((Button) stage.getScene().lookup("#backup-now-button")).fire());
            window.ui.drainTasks();
            waitUntil("the pulled stick is told", () -> !((javafx.scene.control.Label) stage.getScene()
                    .lookup("#backup-error")).getText().isEmpty());
            String said = onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#backup-error")).getText());
            assertEquals(window.ui.context.text("backup.problem.DRIVE_GONE"), said, "the DRIVE_GONE text");
            audit(at + " backup-drive-gone", stage, theme, true);
        } finally {
            window.ui.moreFaults = nestling.vault.AtomicFileWriter.Faults.NONE;
        }
    }

    /** The notice about entries dated in the future (logged while the clock was set to 2150). */
    private void futureEntries(String at, Theme theme, ShellViewModel shell) {
        Instant ahead = Instant.parse("2150-06-01T09:00:00Z");
        Journal wrongClock = Journal.of(shell.session().database(), java.time.Clock.fixed(ahead, java.time.ZoneOffset.UTC));
        UUID baby = onFx(() -> shell.currentBabyProperty().get().meta().id());
        UUID id = wrongClock.entries().log(baby, ahead, null, new EntryData.Note("Logged with the clock ahead")).meta().id();
        fx(() -> shell.sectionProperty().set(Section.TODAY));
        fx(shell::changed);
        window.ui.drainTasks();
        waitUntil("the notice shows", () -> stage.getScene().lookup("#future-entries").isVisible());
        audit(at + " future-entries", stage, theme, true);
        wrongClock.entries().delete(id);
        fx(shell::changed);
        window.ui.drainTasks();
        waitUntil("the notice goes", () -> !stage.getScene().lookup("#future-entries").isVisible());
    }

    /**
     * The vault opened from a read-only folder: the band at the top, the save state and a quick
     * log's bar saying it was not saved, in every theme and size. Then back to a writable vault.
     */
    private void readOnlyStates(String language) {
        MainWindow main = window.window();
        ShellViewModel writable = onFx(main::shell);
        fx(writable.sessionLock()::lock);
        window.ui.drainTasks();
        waitUntil("locked", () -> main.shell() == null);
        window.ui.readOnlyFolder.set(true);
        try {
            unlock();
            ShellViewModel shell = onFx(main::shell);
            fx(() -> shell.sectionProperty().set(Section.TODAY));
            window.ui.drainTasks();
            fx(() -> stage.getScene().getRoot().lookupAll(".button").stream()
                    .filter(n -> n.getId() != null && n.getId().endsWith("quick-wet")).findFirst()
                    .map(Button.class::cast).orElseThrow().fire());
            window.ui.drainTasks();
            waitUntil("not saved", () -> ((javafx.scene.control.Label) stage.getScene().lookup("#save-status"))
                    .getText().equals(window.ui.context.text("save.notSaved")));
            for (Theme theme : THEMES) {
                fx(() -> shell.changeTheme(theme));
                for (double[] size : sizesFor(theme)) {
                    resize(size);
                    audit(language + " " + (int) size[0] + "x" + (int) size[1] + " "
                            + theme.name().toLowerCase(Locale.ROOT) + " read-only", stage, theme, true);
                }
            }
            // nothing here can be saved: the parent was told, and closes without saving
            fx(() -> shell.sessionLock().closeWithoutSaving(() -> { }));
            window.ui.drainTasks();
            fx(main::showUnlock);
        } finally {
            window.ui.readOnlyFolder.set(false);
        }
        unlock();
    }

    /** Today for a family whose babies are all archived: the "add a baby" screen. */
    private void addBabyScreen(String language) {
        ShellViewModel shell = onFx(() -> window.window().shell());
        Journal journal = shell.journal();
        for (var baby : journal.family().babies(false)) {
            journal.family().archiveBaby(baby.meta().id(), true);
        }
        fx(shell::refreshBabies);
        fx(() -> shell.sectionProperty().set(Section.TODAY));
        window.ui.drainTasks();
        waitUntil("the add-baby screen shows", () -> stage.getScene().lookup("#add-baby-name") != null);
        for (Theme theme : THEMES) {
            fx(() -> shell.changeTheme(theme));
            for (double[] size : SIZES) {
                resize(size);
                audit(language + " " + (int) size[0] + "x" + (int) size[1] + " " + theme.name().toLowerCase(Locale.ROOT)
                        + " add-baby", stage, theme, true);
            }
        }
    }

    /** A control's pop-up (a menu, a list): shown and hidden through its control, as a click does. */
    private void popup(String state, Theme theme, Runnable show, Runnable hide) {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        fx(show);
        waitUntil(state + " opens", () -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        Window opened = onFx(() -> Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow());
        audit(state, opened, theme, false);
        fx(hide);
        waitUntil(state + " closes", () -> !opened.isShowing());
    }

    /**
     * Opens a window with {@code open}, checks it is the one expected (it holds {@code #id}, where
     * given: a form that failed to build shows the failure message instead), audits it, and closes
     * it again.
     */
    private void dialog(String state, String id, Theme theme, Runnable open) {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        Platform.runLater(open);
        waitUntil(state + " opens", () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing()));
        window.ui.drainTasks();
        Window opened = onFx(() -> Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow());
        if (id != null) {
            assertTrue(onFx(() -> opened.getScene().lookup("#" + id) != null), state + " shows #" + id + ", not "
                    + onFx(() -> opened.getScene().getRoot().getId()));
        }
        audit(state, opened, theme, false);
        fx(() -> {
            if (opened instanceof Stage s) {
                s.close();
            } else {
                opened.hide();
            }
        });
        waitUntil(state + " closes", () -> !opened.isShowing());
    }

    private void resize(double[] size) {
        fx(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        window.ui.drainTasks();
        assertEquals(size[0], onFx(() -> stage.getScene().getWidth()), 1.0, "the window's width");
        assertEquals(size[1], onFx(() -> stage.getScene().getHeight()), 1.0, "the window's height");
    }

    private void audit(String state, Window target, Theme theme, boolean isMain) {
        states.add(state);
        List<Finding> found = onFx(() -> {
            target.getScene().getRoot().applyCss();
            target.getScene().getRoot().layout();
            List<Finding> all = new ArrayList<>(LayoutAudit.check(state, target, stage.getScene().getWidth(),
                    stage.getScene().getHeight(), isMain));
            all.addAll(ContrastAudit.check(state, target, theme == Theme.NIGHT));
            return all;
        });
        for (Finding finding : found) {
            findings.putIfAbsent(finding.toString(), finding);
        }
        if (!found.isEmpty()) {
            Screenshots.save(target.getScene(), "audit/" + state.replace(' ', '-'));
        }
    }

    private void report(String language) throws IOException {
        Path out = Path.of(System.getProperty("nestling.screenshots", "target/screenshots")).resolveSibling("audit");
        Files.createDirectories(out);
        Map<String, List<Finding>> byDefect = findings.values().stream().collect(Collectors.groupingBy(
                f -> f.kind() + " | " + f.node() + " | " + f.detail().replaceAll("\\d+(\\.\\d+)?", "#"),
                LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        lines.add(states.size() + " states checked, " + findings.size() + " findings, " + byDefect.size() + " distinct");
        findings.values().stream().collect(Collectors.groupingBy(Finding::kind, Collectors.counting()))
                .forEach((kind, count) -> lines.add("  " + kind + ": " + count));
        byDefect.forEach((defect, all) -> lines.add(all.size() + "× " + defect + "   e.g. " + all.getFirst().state()
                + ": " + all.getFirst().detail()));
        Files.write(out.resolve("findings-" + language + ".txt"), lines);
        System.out.println("[as shown, " + language + "] " + lines.getFirst());
        if (!findings.isEmpty()) {
            fail(String.join("\n", lines.subList(0, Math.min(lines.size(), 60))));
        }
    }
}
