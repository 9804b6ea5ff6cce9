package nestling.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.ui.common.PhotoScaler;
import nestling.ui.common.UiContext;

/**
 * The babies part of Settings: the list (archived ones too), and one form to add a baby or edit the
 * selected one (name, birth date and time, sex, gestational age at birth, photo). Input that cannot
 * be saved stays in the form with a message next to the field.
 */
public final class BabiesViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Baby> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>(this, "birthDate");
    private final StringProperty birthTime = new SimpleStringProperty(this, "birthTime", "");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final StringProperty gestationWeeks = new SimpleStringProperty(this, "gestationWeeks", "");
    private final StringProperty gestationDays = new SimpleStringProperty(this, "gestationDays", "");
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>(this, "photo");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors("name", "birth", "time", "gestation", "photo");
    private final javafx.beans.property.ReadOnlyStringWrapper saved = new javafx.beans.property.ReadOnlyStringWrapper(this, "saved", "");

    /** @param changed told after a baby was added, edited or archived */
    public BabiesViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        reload();
    }

    public void reload() {
        context.tasks().run(() -> journal.family().babies(true), babies::setAll, failure -> { });
    }

    /** Empties the form for a new baby. */
    public void startNew() {
        editing.set(null);
        fill("", null, "", null, "", "", null);
    }

    /** Loads {@code baby} into the form. */
    public void edit(Baby baby) {
        editing.set(baby);
        ZonedDateTime birth = baby.birthAt().atOffset(baby.birthOffset()).toZonedDateTime();
        fill(baby.name(), birth.toLocalDate(), birth.toLocalTime().toString(), baby.sex(),
                baby.gestation() == null ? "" : Integer.toString(baby.gestation().weeks()),
                baby.gestation() == null ? "" : Integer.toString(baby.gestation().days()), baby.photo());
    }

    private void fill(String n, LocalDate date, String time, Sex s, String weeks, String days, byte[] picture) {
        name.set(n);
        birthDate.set(date);
        birthTime.set(time);
        sex.set(s);
        gestationWeeks.set(weeks);
        gestationDays.set(days);
        photo.set(picture);
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
        String chosenName = name.get() == null ? "" : name.get().strip();
        if (chosenName.isEmpty()) {
            errors.set("name", context.text("settings.baby.error.name"));
        } else if (chosenName.length() > 60) {
            errors.set("name", context.text("settings.baby.error.nameLong"));
        } else if (babies.stream().anyMatch(b -> b.name().strip().equalsIgnoreCase(chosenName)
                && (editing.get() == null || !b.meta().id().equals(editing.get().meta().id())))) {
            errors.set("name", context.text("settings.baby.error.nameTaken"));
        }
        LocalTime time = parseTime();
        Instant birth = null;
        ZoneId zone = context.clock().getZone();
        if (birthDate.get() == null) {
            errors.set("birth", context.text("settings.baby.error.birth"));
        } else if (time != null) {
            birth = birthDate.get().atTime(time).atZone(zone).toInstant();
            if (birth.isAfter(context.clock().instant())) {
                errors.set("birth", context.text("settings.baby.error.future"));
            }
        }
        GestationalAge gestation = parseGestation();
        if (errors.any()) {
            return;
        }
        Instant birthAt = birth;
        var offset = zone.getRules().getOffset(birthAt);
        Baby before = editing.get();
        byte[] picture = photo.get();
        busy.set(true);
        context.tasks().run(() -> {
            if (before == null) {
                Baby added = journal.family().addBaby(chosenName, birthAt, offset, sex.get(), gestation);
                return picture == null ? added : journal.family().updateBaby(withPhoto(added, picture));
            }
            return journal.family().updateBaby(new Baby(before.meta(), chosenName, birthAt, offset, sex.get(),
                    gestation, picture, before.archived()));
        }, baby -> {
            busy.set(false);
            editing.set(baby);
            saved.set(context.formats().message("settings.baby.saved", baby.name()));
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.from(failure, context.bundle(), context.text("settings.baby.error.failed"));
        });
    }

    private static Baby withPhoto(Baby baby, byte[] picture) {
        return new Baby(baby.meta(), baby.name(), baby.birthAt(), baby.birthOffset(), baby.sex(), baby.gestation(),
                picture, baby.archived());
    }

    private LocalTime parseTime() {
        String text = birthTime.get() == null ? "" : birthTime.get().strip();
        if (text.isEmpty()) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            errors.set("time", context.text("settings.baby.error.time"));
            return null;
        }
    }

    private GestationalAge parseGestation() {
        String weeks = gestationWeeks.get() == null ? "" : gestationWeeks.get().strip();
        String days = gestationDays.get() == null ? "" : gestationDays.get().strip();
        if (weeks.isEmpty() && days.isEmpty()) {
            return null;
        }
        try {
            return new GestationalAge(Integer.parseInt(weeks), days.isEmpty() ? 0 : Integer.parseInt(days));
        } catch (IllegalArgumentException e) {
            errors.set("gestation", context.text("settings.baby.error.gestation"));
            return null;
        }
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
            errors.set("general", context.text("settings.baby.error.failed"));
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

    public static List<Sex> sexes() {
        return List.of(Sex.values());
    }

    public String sexName(Sex value) {
        return value == null ? context.text("settings.baby.sex.unknown")
                : context.text("settings.baby.sex." + value.name().toLowerCase(Locale.ROOT));
    }

    public ObservableList<Baby> babies() {
        return babies;
    }

    /** The baby in the form, or null while adding a new one. */
    public ReadOnlyObjectProperty<Baby> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public StringProperty birthTimeProperty() {
        return birthTime;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty gestationWeeksProperty() {
        return gestationWeeks;
    }

    public StringProperty gestationDaysProperty() {
        return gestationDays;
    }

    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** "name", "birth", "time", "gestation", "photo" or "general". */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
