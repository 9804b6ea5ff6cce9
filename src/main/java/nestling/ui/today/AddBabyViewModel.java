package nestling.ui.today;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import nestling.journal.Journal;
import nestling.ui.baby.BabyFormModel;
import nestling.ui.common.UiContext;

/**
 * "Add your baby": the baby form Settings uses too ({@link BabyFormModel}: name, date and optional
 * time of birth, sex, gestational age at birth), checked, then saved in the background.
 */
public final class AddBabyViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable added;
    private final BabyFormModel form;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /** @param added runs on the FX thread once the baby is saved (the shell then reloads its babies) */
    public AddBabyViewModel(UiContext context, Journal journal, Runnable added) {
        this.context = context;
        this.journal = journal;
        this.added = added;
        this.form = new BabyFormModel(context);
        form.startNew();
    }

    public BabyFormModel form() {
        return form;
    }

    public void save() {
        if (saving.get()) {
            return;
        }
        BabyFormModel.Details baby = form.read();
        if (baby == null) {
            return;
        }
        saving.set(true);
        context.tasks().run(() -> journal.family().addBaby(baby.name(), baby.birthAt(), baby.birthOffset(),
                baby.sex(), baby.gestation()), saved -> {
                    saving.set(false);
                    form.startNew();
                    added.run();
                }, failure -> {
                    saving.set(false);
                    form.showFailure(failure, context.text("today.failed"));
                });
    }

    /** A problem that belongs to no field (the save failed); the fields' own show next to them. */
    public ReadOnlyStringProperty problemProperty() {
        return form.errorProperty("general");
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
