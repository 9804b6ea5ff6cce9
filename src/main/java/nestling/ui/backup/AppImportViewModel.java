package nestling.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.EntryType;
import nestling.imports.ImportFormatException;
import nestling.imports.ImportFormats;
import nestling.imports.ImportPlan;
import nestling.imports.ImportPlanner;
import nestling.imports.ImportProblem;
import nestling.imports.ImportSummary;
import nestling.imports.ImportWriter;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceFormat;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;

/**
 * The guided import from another app on the backup screen: choose the app and its export, answer what
 * the file cannot say (which baby, the units of bare numbers, the time zone), check it (read and planned
 * in the background: counts per baby and type, date ranges, refused rows), then import it (a safety copy,
 * one transaction, and "Imported" only once the vault is saved). Changing a choice after a check asks
 * for a new check.
 */
public final class AppImportViewModel {
    /** Nothing checked yet, a checked plan waiting for Import, or the import done. */
    public enum Stage { NONE, CHECKED, DONE }

    /** How many refused rows the summary lists; the rest are counted. */
    static final int LISTED_REFUSALS = 8;

    private final UiContext context;
    private final VaultSession session;
    private final Runnable changed;
    private final List<SourceFormat> formats = ImportFormats.all();
    private final ObjectProperty<SourceFormat> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty baby = new SimpleStringProperty(this, "baby", "");
    private final ObjectProperty<SourceAnswers.UnitSystem> units = new SimpleObjectProperty<>(this, "units");
    private final StringProperty zone = new SimpleStringProperty(this, "zone");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final javafx.collections.ObservableList<String> babyChoices =
            javafx.collections.FXCollections.observableArrayList("");
    private ImportPlan plan;

    public AppImportViewModel(UiContext context, VaultSession session, Runnable changed) {
        this.context = Objects.requireNonNull(context);
        this.session = Objects.requireNonNull(session);
        this.changed = Objects.requireNonNull(changed);
        format.set(formats.getFirst());
        zone.set(context.clock().getZone().getId());
        for (var choice : List.of(format, source, units)) {
            choice.addListener((o, was, now) -> forgetCheck());
        }
        baby.addListener((o, was, now) -> forgetCheck());
        zone.addListener((o, was, now) -> forgetCheck());
        refreshBabies();
    }

    public List<SourceFormat> formats() {
        return formats;
    }

    /** The Nestling babies the parent may name for a one-child file ("" = match by name, or add). */
    public javafx.collections.ObservableList<String> babyChoices() {
        return babyChoices;
    }

    /** Reads the babies' names again (in the background: no query on the FX thread). */
    public void refreshBabies() {
        context.tasks().run(() -> session.database().read(c -> nestling.store.BabyRepository.all(c, false)).stream()
                .map(nestling.domain.Baby::name).toList(), (List<String> names) -> {
                    List<String> all = new java.util.ArrayList<>(List.of(""));
                    all.addAll(names);
                    babyChoices.setAll(all);
                }, failure -> { });
    }

    /** Reads the export and works out the import, in the background; shows the summary or what is wrong. */
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
        String babyName = baby.get() == null || baby.get().isBlank() ? null : baby.get();
        busy.set(true);
        error.set("");
        result.set("");
        summary.set(context.text("appImport.checking"));
        java.time.Instant now = context.clock().instant();
        context.tasks().run(() -> ImportPlanner.plan(session.database(), chosen, chosen.read(path, answers), babyName,
                zoneId, now), (ImportPlan planned) -> {
                    busy.set(false);
                    plan = planned;
                    summary.set(describe(planned.summary()));
                    stage.set(Stage.CHECKED);
                }, failure -> {
                    busy.set(false);
                    summary.set("");
                    error.set(problem(failure));
                });
    }

    /** Imports the checked plan: a safety copy, one transaction, then the vault's save. */
    public void importNow() {
        ImportPlan checked = plan;
        if (checked == null || busy.get() || stage.get() != Stage.CHECKED) {
            return;
        }
        if (checked.addsNothing()) {
            stage.set(Stage.DONE);
            result.set(context.text("appImport.nothing"));
            return;
        }
        busy.set(true);
        error.set("");
        result.set(context.text("appImport.working"));
        context.tasks().run(() -> {
            ImportWriter.Written written = ImportWriter.write(session, checked, context.vaultOptions());
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
            result.set(done[1] != null ? context.formats().message("appImport.notSaved", written.safetyCopy().toString())
                    : context.formats().message("appImport.done", checked.entries().size(),
                            written.safetyCopy().toString()));
            changed.run();
        }, failure -> {
            busy.set(false);
            result.set("");
            error.set(problem(failure));
        });
    }

    private void forgetCheck() {
        if (stage.get() != Stage.NONE && !busy.get()) {
            stage.set(Stage.NONE);
            plan = null;
            summary.set("");
            result.set("");
        }
    }

    /** The summary in the window's language; refused rows keep the core's English reason after file and line. */
    String describe(ImportSummary s) {
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(nestling.ui.common.Formats.locale(context.bundle()));
        StringBuilder text = new StringBuilder(context.formats().message("appImport.summary", s.source(), s.imported(),
                s.duplicates(), s.refusedCount()));
        for (ImportSummary.BabyPart part : s.babies()) {
            text.append('\n').append(context.formats().message("appImport.summary.baby", part.nestlingName(),
                    part.created() ? context.text(part.birthGuessed() ? "appImport.summary.newGuessed"
                            : "appImport.summary.new") : "",
                    part.first() == null ? "" : dates.format(part.first()),
                    part.last() == null ? "" : dates.format(part.last())));
            part.types().forEach((EntryType type, ImportSummary.Counts c) -> text.append('\n').append(context.formats()
                    .message("appImport.summary.type", context.text("entry.type." + type.wireName()), c.imported(),
                            c.duplicates(), c.refused())));
        }
        if (!s.refused().isEmpty()) {
            text.append('\n').append(context.formats().message("appImport.refused", Math.min(LISTED_REFUSALS,
                    s.refused().size()), s.refused().size()));
            s.refused().stream().limit(LISTED_REFUSALS).forEach(r -> text.append('\n').append(context.formats()
                    .message("appImport.refused.row", r.where().file(), r.where().line(), r.reason())));
        }
        return text.toString();
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

    public StringProperty babyProperty() {
        return baby;
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
