package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nestling.ui.common.PhotoScaler;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class BabiesViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private Journal journal;
    private BabiesViewModel model;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir.resolve("vault"));
        session = VaultSession.create(dir.resolve("vault"), PASS.toCharArray(), ui.context.vaultOptions());
        journal = Journal.of(session.database(), ui.clock);
        model = onFx(() -> new BabiesViewModel(ui.context, journal, changes::incrementAndGet));
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    private void fillAda() {
        fx(() -> {
            model.startNew();
            model.nameProperty().set("  Ada ");
            model.birthDateProperty().set(LocalDate.of(2026, 1, 10));
            model.birthTimeProperty().set("8:30");
            model.sexProperty().set(Sex.FEMALE);
            model.gestationWeeksProperty().set("34");
            model.gestationDaysProperty().set("2");
        });
    }

    @Test
    void addsABabyWithBirthTimeInTheLocalZoneAndGestation() {
        fillAda();
        fx(model::save);
        ui.drainTasks();
        Baby ada = journal.family().babies(false).getFirst();
        assertEquals("Ada", ada.name());
        ZoneId zone = ui.clock.getZone();
        assertEquals(LocalDate.of(2026, 1, 10).atTime(8, 30).atZone(zone).toInstant(), ada.birthAt());
        assertEquals(new GestationalAge(34, 2), ada.gestation());
        assertEquals(Sex.FEMALE, ada.sex());
        assertEquals("Ada is saved.", onFx(model.savedProperty()::get));
        assertEquals(1, changes.get());
        assertEquals(ada.meta().id(), onFx(() -> model.editingProperty().get().meta().id()));
    }

    @Test
    void badInputStaysInTheFormWithMessagesAndSavesNothing() {
        fx(() -> {
            model.startNew();
            model.birthDateProperty().set(null);
            model.nameProperty().set("   ");
            model.birthTimeProperty().set("25:99");
            model.gestationWeeksProperty().set("50");
        });
        fx(model::save);
        ui.drainTasks();
        assertEquals("Give the baby a name.", onFx(model.errorProperty("name")::get));
        assertEquals("Choose the date of birth.", onFx(model.errorProperty("birth")::get));
        assertEquals("Type the time like 08:30 or 14:05.", onFx(model.errorProperty("time")::get));
        assertTrue(onFx(model.errorProperty("gestation")::get).startsWith("Type weeks"));
        assertEquals("25:99", onFx(model.birthTimeProperty()::get), "what was typed is kept");
        assertTrue(journal.family().babies(true).isEmpty());

        fx(() -> {
            model.nameProperty().set("Ada");
            model.birthDateProperty().set(LocalDate.of(2026, 3, 5));
            model.birthTimeProperty().set("");
            model.gestationWeeksProperty().set("");
        });
        fx(model::save);
        ui.drainTasks();
        assertEquals("The birth cannot be in the future.", onFx(model.errorProperty("birth")::get));
        assertEquals("", onFx(model.errorProperty("name")::get));
        assertTrue(journal.family().babies(true).isEmpty());
    }

    @Test
    void editsAndRefusesADuplicateName() {
        fillAda();
        fx(model::save);
        ui.drainTasks();
        fx(() -> {
            model.startNew();
            model.nameProperty().set("ADA");
            model.birthDateProperty().set(LocalDate.of(2026, 2, 1));
        });
        fx(model::save);
        ui.drainTasks();
        assertEquals("Another baby already has this name.", onFx(model.errorProperty("name")::get));
        Baby ada = journal.family().babies(false).getFirst();
        fx(() -> model.edit(ada));
        assertEquals("08:30", onFx(model.birthTimeProperty()::get));
        fx(() -> model.nameProperty().set("Ada Lovelace"));
        fx(model::save);
        ui.drainTasks();
        assertEquals(List.of("Ada Lovelace"), journal.family().babies(true).stream().map(Baby::name).toList());
        assertEquals(ada.birthAt(), journal.family().babies(true).getFirst().birthAt());
    }

    @Test
    void archivingHidesTheBabyAndBringingBackShowsIt() {
        fillAda();
        fx(model::save);
        ui.drainTasks();
        Baby ada = onFx(() -> model.editingProperty().get());
        fx(() -> model.archive(ada, true));
        ui.drainTasks();
        assertTrue(journal.family().babies(false).isEmpty());
        assertEquals("Ada (archived)", onFx(() -> model.describe(model.babies().getFirst())));
        assertTrue(onFx(() -> model.editingProperty().get().archived()));
        fx(() -> model.archive(model.editingProperty().get(), false));
        ui.drainTasks();
        assertEquals(1, journal.family().babies(false).size());
    }

    @Test
    void aLargePhotoIsDownscaledBeforeItIsStored() throws Exception {
        BufferedImage noise = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("photo.png");
        ImageIO.write(noise, "png", file.toFile());
        assertTrue(Files.size(file) > Baby.MAX_PHOTO_BYTES * 10L, "the original is far too large");
        fillAda();
        fx(() -> model.choosePhoto(file));
        ui.drainTasks();
        byte[] photo = onFx(model.photoProperty()::get);
        assertTrue(photo.length <= Baby.MAX_PHOTO_BYTES, photo.length + " bytes");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo));
        assertTrue(Math.max(stored.getWidth(), stored.getHeight()) <= PhotoScaler.SIDES[0]);
        assertEquals(3.0 / 2.0, (double) stored.getWidth() / stored.getHeight(), 0.02, "proportions kept");
        fx(model::save);
        ui.drainTasks();
        assertArrayEquals(photo, journal.family().babies(false).getFirst().photo());
    }

    @Test
    void aFileThatIsNoPictureLeavesThePhotoAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.png"), "not a picture");
        fillAda();
        fx(() -> model.choosePhoto(file));
        ui.drainTasks();
        assertNull(onFx(model.photoProperty()::get));
        assertTrue(onFx(model.errorProperty("photo")::get).startsWith("This file could not be read"));
    }
}
