package nestling.ui.backup;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import nestling.ui.common.Controls;

/**
 * A folder to write to or read from: the removable drives found (a USB stick) to pick from, and a
 * button for any other folder. A folder chosen by hand joins the list so it stays selectable.
 */
final class FolderPicker {
    private FolderPicker() {
    }

    /**
     * @param id        the list's node id; the button's is {@code id + "-choose"} unless given
     * @param name      what the folder is for, read out by screen readers and shown as the chooser's title
     */
    static HBox of(String id, String chooseId, String name, String chooseText, ObservableList<Path> drives,
            ObjectProperty<Path> folder) {
        ComboBox<Path> list = new ComboBox<>(drives);
        list.setId(id);
        list.setAccessibleText(name);
        list.setMaxWidth(Double.MAX_VALUE);
        list.setMinHeight(44);
        list.setConverter(new PathText());
        list.valueProperty().bindBidirectional(folder);
        folder.subscribe(path -> {
            if (path != null && !list.getItems().contains(path)) {
                list.getItems().add(path);
            }
        });
        Button choose = Controls.button(chooseId, chooseText);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(name);
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                folder.set(chosen.toPath());
            }
        });
        HBox row = new HBox(8, list, choose);
        HBox.setHgrow(list, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A path as the parent typed or picked it; a blank field is no folder rather than the working directory. */
    private static final class PathText extends StringConverter<Path> {
        @Override
        public String toString(Path path) {
            return path == null ? "" : path.toString();
        }

        @Override
        public Path fromString(String text) {
            return text == null || text.isBlank() ? null : Path.of(text);
        }
    }
}
