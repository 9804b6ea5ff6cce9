package nestling.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.imports.BabyChoice;
import nestling.imports.ImportFormatException;
import nestling.imports.ImportFormats;
import nestling.imports.ImportPlan;
import nestling.imports.ImportPlanner;
import nestling.imports.ImportProblem;
import nestling.imports.ImportSummary;
import nestling.imports.ImportWriter;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceFormat;
import nestling.imports.SourceReading;
import nestling.journal.Family;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;

/**
 * The guided import from another app on the backup screen: choose the app and its export, answer what
 * the file cannot say (the units of bare numbers, the time zone), check it (read and planned in the
 * background: counts per source baby and type, date ranges, refused rows), say where each of the other
 * app's babies goes (one of Nestling's or a new one: each change plans again, a dry run), then import
 * it (a safety copy, one transaction, and "Imported" only once the vault is saved). Changing the export
 * or an answer it was read with asks for a new check.
 */
public final class AppImportViewModel {
    /** Nothing checked yet, a checked plan waiting for Import, or the import done. */
    public enum Stage { NONE, CHECKED, DONE }

    private final UiContext context;
    private final VaultSession session;
    private final Runnable changed;
    private final List<SourceFormat> formats = ImportFormats.all();
    private final ObjectProperty<SourceFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<SourceAnswers.UnitSystem> units = new SimpleObjectProperty<>(this, "units");
    private final StringProperty zone = new SimpleStringProperty(this, "zone");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Writing, or written: the babies' choices are the import's now and no longer change. */
    private final ReadOnlyBooleanWrapper importing =
            new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<AppImportMapping> mappings = FXCollections.observableArrayList();
    /** What the last check read, kept so that a changed mapping plans again without reading the file again. */
    private Checked checked;
    private ImportPlan plan;
    /** A choice changed while a plan was being worked out: plan again once it is done. */
    private boolean replanAfter;

    /** A read export with the answers it was read with. */
    private record Checked(SourceFormat format, SourceReading reading, ZoneId zone) {
    }

    /** What a check hands the FX thread: the reading, its babies' first mappings and the plan for them. */
    private record Read(Checked checked, List<AppImportMapping> mappings, ImportPlan plan) {
    }

    public AppImportViewModel(UiContext context, VaultSession session, Runnable changed) {
        this.context = Objects.requireNonNull(context);
        this.session = Objects.requireNonNull(session);
        this.changed = Objects.requireNonNull(changed);
        format.set(formats.getFirst());
        zone.set(context.clock().getZone().getId());
        for (var choice : List.of(format, source, units)) {
            choice.addListener((o, was, now) -> forgetCheck());
        }
        zone.addListener((o, was, now) -> forgetCheck());
    }

    public List<SourceFormat> formats() {
        return formats;
    }

    /** The other app's babies, each with where its rows go; filled by a check. */
    public ObservableList<AppImportMapping> mappings() {
        return mappings;
    }

    /**
     * Reads the export and works out the import, in the background: which babies the file holds and
     * where each goes at first (by name, else new), and the dry run's summary; or says what is wrong.
     */
    public void check() {
        if (source.get() == null || busy.get()) {
            return;
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.get().strip());
        } catch (DateTimeException | NullPointerException e) {
            error.set(context.text("appImport.zone.invalid"));
            return;
        }
        SourceFormat chosen = format.get();
        Path path = source.get();
        SourceAnswers answers = new SourceAnswers(units.get(), zoneId);
        busy.set(true);
        forget();
        summary.set(context.text("appImport.checking"));
        Instant now = context.clock().instant();
        context.tasks().run(() -> {
            SourceReading reading = chosen.read(path, answers);
            Family family = new Family(session.database(), context.clock());
            List<Baby> babies = family.babies(false);
            List<AppImportMapping> first = new ArrayList<>();
            for (SourceBaby baby : ImportPlanner.sourceBabies(reading)) {
                first.add(AppImportMapping.of(baby, babies, baby.name().isBlank() ? List.of()
                        : family.babiesNamed(baby.name())));
            }
            Map<String, BabyChoice> choices = AppImportMapping.choices(first);
            ImportPlan planned = choices == null ? null
                    : ImportPlanner.plan(session.database(), chosen, reading, choices, zoneId, now);
            return new Read(new Checked(chosen, reading, zoneId), first, planned);
        }, (Read read) -> {
            busy.set(false);
            checked = read.checked();
            mappings.setAll(read.mappings());
            mappings.forEach(m -> m.chosen().addListener((o, was, now2) -> replan()));
            planned(read.plan());
        }, failure -> {
            busy.set(false);
            summary.set("");
            error.set(problem(failure));
        });
    }

    /** A baby's mapping changed: the same reading planned again, in the background. */
    private void replan() {
        Checked read = checked;
        if (read == null) {
            return;
        }
        if (busy.get()) {
            replanAfter = true; // the choices stay usable while a plan runs: the last one counts
            return;
        }
        Map<String, BabyChoice> choices = AppImportMapping.choices(mappings);
        plan = null;
        stage.set(Stage.NONE);
        result.set("");
        error.set("");
        if (choices == null) {
            planned(null);
            return;
        }
        busy.set(true);
        Instant now = context.clock().instant();
        context.tasks().run(() -> ImportPlanner.plan(session.database(), read.format(), read.reading(), choices,
                read.zone(), now), (ImportPlan planned) -> {
                    busy.set(false);
                    planned(planned);
                    replanIfChanged();
                }, failure -> {
                    busy.set(false);
                    summary.set("");
                    error.set(problem(failure));
                    replanIfChanged();
                });
    }

    private void replanIfChanged() {
        if (replanAfter) {
            replanAfter = false;
            replan();
        }
    }

    private void planned(ImportPlan planned) {
        plan = planned;
        summary.set(planned == null ? context.text("appImport.chooseBaby") : AppImportSummaryText.of(context, planned.summary()));
        stage.set(planned == null ? Stage.NONE : Stage.CHECKED);
    }

    /** Imports the checked plan: a safety copy, one transaction, then the vault's save. */
    public void importNow() {
        ImportPlan checkedPlan = plan;
        if (checkedPlan == null || busy.get() || stage.get() != Stage.CHECKED) {
            return;
        }
        if (checkedPlan.addsNothing()) {
            stage.set(Stage.DONE);
            result.set(context.text("appImport.nothing"));
            return;
        }
        busy.set(true);
        importing.set(true);
        error.set("");
        result.set(context.text("appImport.working"));
        context.tasks().run(() -> {
            ImportWriter.Written written = ImportWriter.write(session, checkedPlan, context.vaultOptions());
            try {
                session.flush(); // "Imported" is said only once the vault file holds it
            } catch (IOException e) {
                return new Object[] {written, e};
            }
            return new Object[] {written, null};
        }, done -> {
            busy.set(false);
            stage.set(Stage.DONE);
            ImportWriter.Written written = (ImportWriter.Written) done[0];
            ImportSummary s = checkedPlan.summary();
            result.set(done[1] != null ? context.formats().message("appImport.notSaved", written.safetyCopy().toString())
                    : context.formats().message("appImport.done", s.imported(), s.duplicates(), s.refusedCount(),
                            written.safetyCopy().toString()));
            changed.run();
        }, failure -> {
            busy.set(false);
            importing.set(false);
            result.set("");
            error.set(problem(failure));
        });
    }

    /** The export or an answer it was read with changed: what was checked no longer holds. */
    private void forgetCheck() {
        if (!busy.get()) {
            forget();
        }
    }

    private void forget() {
        replanAfter = false;
        importing.set(false);
        stage.set(Stage.NONE);
        plan = null;
        checked = null;
        mappings.clear();
        summary.set("");
        result.set("");
        error.set("");
    }

    private String problem(Throwable failure) {
        if (failure instanceof ImportFormatException || failure instanceof ImportProblem) {
            return failure.getMessage();
        }
        return new BackupTexts(context).problem(failure);
    }

    public ObjectProperty<SourceFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> sourceProperty() {
        return source;
    }

    public ObjectProperty<SourceAnswers.UnitSystem> unitsProperty() {
        return units;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
