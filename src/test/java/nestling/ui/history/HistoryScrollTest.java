package nestling.ui.history;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Meta;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.EntryRepository;
import nestling.ui.shell.MainWindow;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real table over thousands of entries: it knows them all at once and fills rows wherever it is scrolled. */
class HistoryScrollTest {
    private static final int NOTES = 2_500;

    @TempDir
    Path parent;

    private WindowTesting app;
    private FxRobot robot;
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        app = new WindowTesting(parent.resolve("nestling"), 1280, 800, (session, testing) -> {
            Journal journal = Journal.of(session.database(), testing.clock);
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T04:00:00Z"), ZoneOffset.UTC, Sex.FEMALE,
                    null);
            Instant first = testing.clock.instant().minus(Duration.ofDays(20));
            session.database().write(c -> {
                for (int i = 0; i < NOTES; i++) {
                    Instant at = first.plus(Duration.ofMinutes(10L * i));
                    EntryRepository.save(c, new Entry(Meta.fresh(at, null), ada.meta().id(), at, null, ZoneOffset.UTC,
                            new EntryData.Note("note " + i)));
                }
                return null;
            });
        }, started -> { });
        robot = app.robot;
        ui = app.ui;
        window = app.window();
        app.unlock();
        robot.clickOn("#nav-history");
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryRow> table() {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    /** The summary a visible row shows, or empty if that row is not on screen. */
    private Optional<String> shown(int index) {
        return onFx(() -> table().lookupAll(".table-row-cell").stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.getIndex() == index && row.isVisible())
                .findFirst()
                .map(row -> row.lookupAll(".table-cell").stream().map(cell -> ((Labeled) cell).getText())
                        .filter(text -> text != null && text.startsWith("note ")).findFirst().orElse("")));
    }

    @Test
    void everyRowIsThereAndFillsInWhereverTheTableIsScrolled() {
        assertEquals(NOTES, onFx(() -> table().getItems().size()), "the scroll bar spans every entry");
        assertEquals(NOTES + " entries", onFx(() -> robot.lookup("#history-count").queryLabeled().getText())
                .replace(",", "").replace("\u202f", "").replace(".", ""));
        assertEquals(Optional.of("note " + (NOTES - 1)), shown(0));

        int middle = 1_777;
        fx(() -> table().scrollTo(middle));
        ui.drainTasks();
        waitUntil("the middle rows fill in", () -> shown(middle).filter(s -> !s.isEmpty()).isPresent());
        assertEquals(Optional.of("note " + (NOTES - 1 - middle)), shown(middle));

        // To the end as a parent gets there, with the scroll bar: TableView.scrollTo(last) can leave
        // the last row just below the viewport, depending on the table's height.
        fx(() -> table().lookupAll(".scroll-bar").stream().map(n -> (javafx.scene.control.ScrollBar) n)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.VERTICAL).findFirst()
                .ifPresent(bar -> bar.setValue(bar.getMax())));
        ui.drainTasks();
        waitUntil("the last rows fill in", () -> shown(NOTES - 1).filter(s -> !s.isEmpty()).isPresent());
        assertEquals(Optional.of("note 0"), shown(NOTES - 1));
        assertEquals(Optional.empty(), shown(0), "the top is no longer on screen");
    }
}
