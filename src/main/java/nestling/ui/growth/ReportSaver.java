package nestling.ui.growth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.WhoStandards;
import nestling.report.Paper;
import nestling.report.ReportData;
import nestling.report.ReportDataBuilder;
import nestling.report.ReportFile;
import nestling.report.ReportPdf;
import nestling.store.Database;
import nestling.ui.common.UiContext;

/**
 * The pediatrician's report from the window, as {@code nestling report} makes it: the last three months
 * (or since birth), on the paper of the computer's country, written whole or not at all. Works the same
 * on a copy for family (nothing is written into the copy, only the chosen PDF file).
 */
public final class ReportSaver {
    /** What a checkup looks back over; since birth for a younger baby. */
    static final int MONTHS_BACK = 3;

    private final UiContext context;
    private final Database database;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ReportSaver(UiContext context, Database database) {
        this.context = context;
        this.database = database;
    }

    /** The file name the save dialog suggests: "Ada-report-2026-12-05.pdf". */
    public String suggestedName(Baby baby) {
        return baby.name().replaceAll("[\\\\/:*?\"<>|]", "_") + "-report-" + LocalDate.now(context.clock()) + ".pdf";
    }

    public void save(Baby baby, ChildAge.AgeBasis basis, Path file) {
        ZoneId zone = context.clock().getZone();
        LocalDate today = LocalDate.now(context.clock());
        LocalDate from = today.minusMonths(MONTHS_BACK).isBefore(baby.birthDate()) ? baby.birthDate()
                : today.minusMonths(MONTHS_BACK);
        Paper paper = paperFor(Locale.getDefault());
        busy.set(true);
        status.set(context.text("report.saving"));
        context.tasks().run(() -> {
            ReportData data = new ReportDataBuilder(database, WhoStandards.load(), context.clock())
                    .build(baby, from, today.isBefore(from) ? from : today, zone, basis);
            ReportFile.write(file, ReportPdf.render(data, paper));
            return file;
        }, written -> {
            busy.set(false);
            status.set(context.formats().message("report.saved", written.getFileName()));
        }, failure -> {
            busy.set(false);
            status.set(context.text("report.failed"));
        });
    }

    /** Letter where it is the paper in the shops (North America), A4 everywhere else. */
    static Paper paperFor(Locale locale) {
        return switch (locale.getCountry()) {
            case "US", "CA", "MX" -> Paper.LETTER;
            default -> Paper.A4;
        };
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
