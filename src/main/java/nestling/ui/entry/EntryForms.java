package nestling.ui.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nestling.domain.Entry;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.store.RememberedNames;
import nestling.ui.common.UiContext;
import nestling.ui.shell.ShellViewModel;

/**
 * Opens entry forms as a small window over the main one; what other screens call:
 * <pre>
 *   EntryForms.open(shell, EntryType.BOTTLE, owner);   // a new bottle for the current baby
 *   EntryForms.edit(shell, entry, owner);              // the same form, filled in
 *   EntryForms.duplicate(shell, entry, owner);         // a new entry filled in from that one
 * </pre>
 * The units and remembered names load in the background first, so the form appears a moment later.
 * After a save the shell's {@link ShellViewModel#changed()} is called (screens reload) and the form closes.
 */
public final class EntryForms {
    private EntryForms() {
    }

    public static void open(ShellViewModel shell, EntryType type, Window owner) {
        show(shell, type, null, owner, entry -> { });
    }

    public static void edit(ShellViewModel shell, Entry entry, Window owner) {
        show(shell, entry.type(), entry, owner, saved -> { });
    }

    /** A new entry of the same baby, type and fields as {@code template}, logged now (History → Duplicate). */
    public static void duplicate(ShellViewModel shell, Entry template, Window owner) {
        show(shell, template.type(), null, template, owner, saved -> { });
    }

    /** As {@link #open} or {@link #edit} (with {@code editing} non-null); {@code saved} gets the stored entry. */
    public static void show(ShellViewModel shell, EntryType type, Entry editing, Window owner, Consumer<Entry> saved) {
        show(shell, type, editing, null, owner, saved);
    }

    private static void show(ShellViewModel shell, EntryType type, Entry editing, Entry template, Window owner,
            Consumer<Entry> saved) {
        if (shell.viewingCopy()) {
            return; // a copy opened to look at: no form opens (every screen hides its way there too)
        }
        UiContext context = shell.context();
        Journal journal = shell.journal();
        String cannotOpen = context.formats().message("failure.form", context.text("entry.type." + type.wireName()));
        context.tasks().run(() -> {
            Map<String, List<String>> names = new HashMap<>();
            names.put(RememberedNames.MEDICINE, journal.entries().suggestions(RememberedNames.MEDICINE, ""));
            names.put(RememberedNames.FOOD, journal.entries().suggestions(RememberedNames.FOOD, ""));
            return new Loaded(journal.preferences().units(), names);
        }, loaded -> context.failures().attempt(context, cannotOpen, () -> {
            EntryFormModel model = new EntryFormModel(context, journal, type, loaded.units(), editing,
                    shell.babies(), shell.currentBabyProperty().get());
            if (template != null) {
                model.fillFrom(template); // the copy's own fields, not the last entry's
            } else {
                model.loadDefaults();
            }
            model.loadChoices();
            if (editing != null) {
                model.check(); // a new, empty form waits for the parent before it complains
            }
            showStage(shell, model, loaded, owner, saved);
        }), failure -> context.failures().show(context, cannotOpen, failure));
    }

    private record Loaded(UnitSystem units, Map<String, List<String>> names) {
    }

    private static final double WIDTH = 560;
    private static final double HEIGHT = 640;
    /** Room for the window's title bar and the desktop's panel, which the visual bounds may not leave out. */
    private static final double FRAME = 64;

    /**
     * The form's height: 640, or less on a low screen (1024×640), so the whole window with its
     * Save button fits on the screen; the fields scroll above the pinned buttons.
     */
    private static double height(Window owner) {
        javafx.geometry.Rectangle2D screen = owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst()
                        .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        return Math.max(360, Math.min(HEIGHT, screen.getHeight() - FRAME));
    }

    private static void showStage(ShellViewModel shell, EntryFormModel model, Loaded loaded, Window owner,
            Consumer<Entry> saved) {
        if (shell.viewingCopy()) {
            return; // a copy opened to look at: no form opens (every screen hides its way there too)
        }
        UiContext context = shell.context();
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        EntryFormView view = new EntryFormView(context, model, kind -> loaded.names().getOrDefault(kind, List.of()),
                () -> model.save(entry -> {
                    stage.close();
                    shell.changed();
                    FeverNotice.afterSave(shell, entry, loaded.units(), owner);
                    saved.accept(entry);
                }), stage::close);
        Scene scene = new Scene(view.root(), WIDTH, height(owner));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(context.formats().message(model.isEditing() ? "entry.title.edit" : "entry.title.new",
                context.text("entry.type." + model.type().wireName())));
        stage.setOnShown(e -> view.focusFirst());
        stage.setOnCloseRequest(e -> {
            if (!view.mayClose()) {
                e.consume();
            }
        });
        stage.show();
    }
}
