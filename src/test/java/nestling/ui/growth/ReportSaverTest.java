package nestling.ui.growth;

import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.growth.ChildAge;
import nestling.journal.Journal;
import nestling.report.Paper;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The pediatrician's report from the window: written whole where the parent chose, or a message and no file. */
class ReportSaverTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsWrittenWhereChosenAndAFolderThatIsGoneSaysSo() throws Exception {
        FxToolkit.registerPrimaryStage();
        UiTesting ui = new UiTesting(dir.resolve("vault"));
        try (VaultSession session = VaultSession.create(dir.resolve("vault"), "correct horse battery".toCharArray(),
                ui.context.vaultOptions())) {
            Journal journal = Journal.of(session.database(), ui.clock);
            Baby ada = journal.family().addBaby("Ada", ui.clock.instant().minus(Duration.ofDays(40)), ZoneOffset.UTC,
                    Sex.FEMALE, null);
            journal.entries().log(ada.meta().id(), ui.clock.instant().minus(Duration.ofDays(2)), null,
                    new EntryData.Growth(4200, 540, LengthPosition.LYING, 370, null));
            ReportSaver saver = onFx(() -> new ReportSaver(ui.context, session.database()));
            assertEquals("Ada-report-" + java.time.LocalDate.now(ui.clock) + ".pdf", saver.suggestedName(ada));

            Path pdf = dir.resolve("Ada-report.pdf");
            onFx(() -> {
                saver.save(ada, ChildAge.AgeBasis.CHRONOLOGICAL, pdf);
                return null;
            });
            ui.drainTasks();
            assertEquals("Saved the report as Ada-report.pdf.", onFx(() -> saver.statusProperty().get()));
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

            Path gone = dir.resolve("unplugged-stick").resolve("Ada-report.pdf");
            onFx(() -> {
                saver.save(ada, ChildAge.AgeBasis.CHRONOLOGICAL, gone);
                return null;
            });
            ui.drainTasks();
            assertTrue(onFx(() -> saver.statusProperty().get()).startsWith("The report could not be saved there."));
            assertFalse(Files.exists(gone.getParent()), "nothing made where the stick was");
        } finally {
            ui.context.tasks().close();
        }
        assertEquals(Paper.LETTER, ReportSaver.paperFor(Locale.US));
        assertEquals(Paper.A4, ReportSaver.paperFor(Locale.GERMANY));
    }
}
