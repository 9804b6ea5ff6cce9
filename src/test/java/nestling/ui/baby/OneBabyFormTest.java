package nestling.ui.baby;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nestling.domain.Baby;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-run form ("Add your baby" on Today) and the Settings form are one form: the same
 * captions in the same order, the same controls, the same sex options in the same order, the birth
 * time empty unless known, and the same rules (a message that goes once the field is fixed).
 */
class OneBabyFormTest {
    @TempDir
    Path temp;

    /** Captions, controls (type and id without the place's prefix) and the sex options, top to bottom. */
    private static List<String> shape(Node form, String prefix) {
        List<String> shape = new ArrayList<>();
        walk(form, prefix, shape);
        return shape;
    }

    private static void walk(Node node, String prefix, List<String> shape) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label && label.getStyleClass().contains("field-caption")) {
            shape.add("caption " + label.getText());
        } else if (node instanceof Control control && control.getId() != null && control.getId().startsWith(prefix)
                && !(node instanceof Label)) {
            String what = control.getClass().getSimpleName() + " " + control.getId().substring(prefix.length());
            if (control instanceof TextField text) {
                what += " [" + text.getText() + "]";
            }
            if (control instanceof ComboBox<?> box) {
                what += " " + box.getItems().stream().map(item -> box.getConverter().toString(cast(item))).toList();
            }
            shape.add(what);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, prefix, shape));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object item) {
        return (T) item;
    }

    @Test
    void theFirstRunAndSettingsBuildTheSameForm() throws Exception {
        WindowTesting app = new WindowTesting(temp, 1024, 640, (session, ui) -> { }, window -> { });
        try {
            app.unlock();
            waitUntil("the first-run form", () -> app.robot.lookup("#add-baby-name").tryQuery().isPresent());
            // The form's fields: the name's caption box is the first child of the form.
            List<String> firstRun = onFx(() -> shape(app.robot.lookup("#add-baby-name").query().getParent().getParent(),
                    "add-baby"));
            assertTrue(firstRun.contains("TextField -birth-time []"), "no time filled in: " + firstRun);
            assertTrue(firstRun.contains("ComboBox -sex [Not given, Girl, Boy]"), firstRun.toString());

            // The same rule in both: the message goes as soon as the name is typed.
            app.robot.clickOn("#add-baby-button");
            assertEquals("Give the baby a name.", app.text("#add-baby-name-error"));
            app.robot.clickOn("#add-baby-name").write("Ada");
            assertEquals("", app.text("#add-baby-name-error"));
            app.robot.type(KeyCode.ENTER);
            app.ui.drainTasks();
            waitUntil("Ada is added", () -> app.window().shell().babies().size() == 1);

            app.robot.clickOn("#nav-settings");
            app.ui.drainTasks();
            app.robot.clickOn("#baby-new");
            List<String> settings = onFx(() -> shape(app.robot.lookup("#baby-name").query().getParent().getParent(),
                    "baby"));
            assertEquals(firstRun, settings, "the same form in both places");
            assertEquals(11, settings.size(), "five captions and six fields: " + settings);

            app.robot.clickOn("#baby-name").type(KeyCode.ENTER);
            assertEquals("Give the baby a name.", app.text("#baby-name-error"));
            app.robot.clickOn("#baby-name").write("B");
            assertEquals("", app.text("#baby-name-error"), "the same rule: gone once fixed");

            // Ada was added without a time: editing her shows no "00:00".
            Baby ada = app.window().shell().babies().getFirst();
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.robot.lookup("#babies-list")
                    .queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(ada)).get();
            app.ui.drainTasks();
            assertEquals("Ada", onFx(() -> app.robot.lookup("#baby-name").queryAs(TextField.class).getText()));
            assertEquals("", onFx(() -> app.robot.lookup("#baby-birth-time").queryAs(TextField.class).getText()));
        } finally {
            app.close();
        }
    }
}
