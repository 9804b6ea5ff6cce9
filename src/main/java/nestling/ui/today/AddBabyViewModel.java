package nestling.ui.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/** "Add your baby": name, birth date, sex and gestational age at birth, checked, then saved in the background. */
public final class AddBabyViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable added;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>(this, "birthDate");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final BooleanProperty gestationKnown = new SimpleBooleanProperty(this, "gestationKnown");
    private final IntegerProperty gestationWeeks = new SimpleIntegerProperty(this, "gestationWeeks", 40);
    private final IntegerProperty gestationDays = new SimpleIntegerProperty(this, "gestationDays", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /** @param added runs on the FX thread once the baby is saved (the shell then reloads its babies) */
    public AddBabyViewModel(UiContext context, Journal journal, Runnable added) {
        this.context = context;
        this.journal = journal;
        this.added = added;
        birthDate.set(LocalDate.now(context.clock()));
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        String given = name.get() == null ? "" : name.get().strip();
        LocalDate date = birthDate.get();
        if (given.isEmpty()) {
            problem.set(context.text("today.add.problem.name"));
            return;
        }
        if (date == null || date.isAfter(LocalDate.now(context.clock()))) {
            problem.set(context.text("today.add.problem.birth"));
            return;
        }
        GestationalAge gestation;
        try {
            gestation = gestationKnown.get() ? new GestationalAge(gestationWeeks.get(), gestationDays.get()) : null;
        } catch (IllegalArgumentException e) {
            problem.set(context.text("today.add.problem.gestation"));
            return;
        }
        problem.set("");
        saving.set(true);
        ZoneId zone = context.clock().getZone();
        Instant born = date.atStartOfDay(zone).toInstant();
        Sex chosen = sex.get();
        context.tasks().run(() -> journal.family().addBaby(given, born, zone.getRules().getOffset(born), chosen,
                gestation), baby -> {
                    saving.set(false);
                    added.run();
                }, failure -> {
                    saving.set(false);
                    problem.set(failure instanceof ValidationException refused
                            ? nestling.ui.common.ReasonTexts.joined(context.bundle(), refused) : context.text("today.failed"));
                });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public BooleanProperty gestationKnownProperty() {
        return gestationKnown;
    }

    public IntegerProperty gestationWeeksProperty() {
        return gestationWeeks;
    }

    public IntegerProperty gestationDaysProperty() {
        return gestationDays;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
