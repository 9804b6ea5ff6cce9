package nestling.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.ui.baby.BabyFormModel;
import nestling.ui.common.PhotoScaler;
import nestling.ui.common.SaveWait;
import nestling.ui.common.UiContext;

/**
 * The babies part of Settings: the list (archived ones too), and one form to add a baby or edit the
 * selected one (name, birth date and time, sex, gestational age at birth, photo). Input that cannot
 * be saved stays in the form with a message next to the field.
 */
public final class BabiesViewModel {
    private final UiContext context;
    private final boolean readOnly;
    private final SaveWait saveWait;
    private final Journal journal;
    private final Runnable changed;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Baby> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    /** The fields and rules the first-run form shares. */
    private final BabyFormModel form;
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>(this, "photo");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors("photo");
    private final javafx.beans.property.ReadOnlyStringWrapper saved = new javafx.beans.property.ReadOnlyStringWrapper(this, "saved", "");

    /** @param changed told after a baby was added, edited or archived */
    public BabiesViewModel(UiContext context, Journal journal, Runnable changed) {
        this(context, journal, changed, false, SaveWait.NONE);
    }

    /**
     * @param readOnly the vault's folder cannot be written: a change is never called saved
     * @param saveWait returns once the change is in the vault file: "saved" is said only then
     */
    public BabiesViewModel(UiContext context, Journal journal, Runnable changed, boolean readOnly, SaveWait saveWait) {
        this.readOnly = readOnly;
        this.saveWait = saveWait;
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        this.form = new BabyFormModel(context);
        form.namesTakenBy(() -> babies);
        reload();
    }

    /** The shared baby form (name, birth, sex, gestation) this card shows above the photo. */
    public BabyFormModel form() {
        return form;
    }

    public void reload() {
        context.tasks().run(() -> journal.family().babies(true), babies::setAll, failure -> { });
    }

    /** Empties the form for a new baby. */
    public void startNew() {
        editing.set(null);
        form.startNew();
        photo.set(null);
        errors.clear();
        saved.set("");
    }

    /** Loads {@code baby} into the form. */
    public void edit(Baby baby) {
        editing.set(baby);
        form.edit(baby);
        photo.set(baby.photo());
        errors.clear();
        saved.set("");
    }

    /** Checks the form; saves the new or edited baby in the background when it is fine. */
    public void save() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        saved.set("");
        BabyFormModel.Details details = form.read();
        if (details == null) {
            return;
        }
        Baby before = editing.get();
        byte[] picture = photo.get();
        busy.set(true);
        context.tasks().run(() -> {
            Baby baby = store(before, details, picture);
            return new Stored(baby, !readOnly && saveWait.onDisk());
        }, stored -> {
            Baby baby = stored.baby();
            busy.set(false);
            editing.set(baby);
            saved.set(context.formats().message(readOnly ? "settings.baby.notSaved"
                    : stored.onDisk() ? "settings.baby.saved" : "settings.baby.notSavedYet", baby.name()));
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            form.showFailure(failure, context.text("settings.baby.error.failed"));
        });
    }

    private Baby store(Baby before, BabyFormModel.Details details, byte[] picture) {
        if (before == null) {
            Baby added = journal.family().addBaby(details.name(), details.birthAt(), details.birthOffset(),
                    details.sex(), details.gestation());
            return picture == null ? added : journal.family().updateBaby(withPhoto(added, picture));
        }
        return journal.family().updateBaby(new Baby(before.meta(), details.name(), details.birthAt(),
                details.birthOffset(), details.sex(), details.gestation(), picture, before.archived()));
    }

    /** A baby as stored, and whether the vault file holds it yet. */
    private record Stored(Baby baby, boolean onDisk) {
    }

    private static Baby withPhoto(Baby baby, byte[] picture) {
        return new Baby(baby.meta(), baby.name(), baby.birthAt(), baby.birthOffset(), baby.sex(), baby.gestation(),
                picture, baby.archived());
    }

    /** Archives (hides, keeps every entry) or brings back {@code baby}. */
    public void archive(Baby baby, boolean archived) {
        if (baby == null || busy.get()) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> journal.family().archiveBaby(baby.meta().id(), archived), done -> {
            busy.set(false);
            if (editing.get() != null && editing.get().meta().id().equals(done.meta().id())) {
                editing.set(done);
            }
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            form.showFailure(failure, context.text("settings.baby.error.failed"));
        });
    }

    /** Reads and downscales a picture in the background; the form keeps it until Save. */
    public void choosePhoto(Path file) {
        if (file == null) {
            return;
        }
        errors.clear();
        busy.set(true);
        context.tasks().run(() -> PhotoScaler.downscale(Files.readAllBytes(file)), scaled -> {
            busy.set(false);
            photo.set(scaled);
        }, failure -> {
            busy.set(false);
            errors.set("photo", context.text("settings.baby.error.photo"));
        });
    }

    public void removePhoto() {
        photo.set(null);
    }

    /** The label of a baby in the list: its name, and "(archived)" when it is. */
    public String describe(Baby baby) {
        return baby.archived() ? context.formats().message("settings.baby.archivedName", baby.name()) : baby.name();
    }

    public String sexName(Sex value) {
        return form.sexName(value);
    }

    public ObservableList<Baby> babies() {
        return babies;
    }

    /** The baby in the form, or null while adding a new one. */
    public ReadOnlyObjectProperty<Baby> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return form.nameProperty();
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return form.birthDateProperty();
    }

    public StringProperty birthTimeProperty() {
        return form.birthTimeProperty();
    }

    public ObjectProperty<Sex> sexProperty() {
        return form.sexProperty();
    }

    public StringProperty gestationWeeksProperty() {
        return form.gestationWeeksProperty();
    }

    public StringProperty gestationDaysProperty() {
        return form.gestationDaysProperty();
    }

    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** "name", "birth", "time", "gestation" (the shared form's), "photo" or "general". */
    public ReadOnlyStringProperty errorProperty(String field) {
        return field.equals("photo") ? errors.of(field) : form.errorProperty(field);
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
