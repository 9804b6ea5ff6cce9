package nestling.ui.settings;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/**
 * Keeps a list's selection and a view model's "selected" in step both ways, matching by id: the
 * list is reloaded with fresh records after each change, which must not lose the selection.
 */
final class SelectionSync {
    private SelectionSync() {
    }

    static <T> void bind(ListView<T> list, ObjectProperty<T> selected, Function<T, Object> id) {
        boolean[] syncing = new boolean[1];
        list.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (!syncing[0] && item != null) {
                selected.set(item);
            }
        });
        Runnable show = () -> {
            T chosen = selected.get();
            syncing[0] = true;
            try {
                T match = chosen == null ? null : list.getItems().stream()
                        .filter(item -> Objects.equals(id.apply(item), id.apply(chosen))).findFirst().orElse(null);
                if (match == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(match);
                }
            } finally {
                syncing[0] = false;
            }
        };
        selected.subscribe(chosen -> show.run());
        list.getItems().subscribe(show);
    }
}
