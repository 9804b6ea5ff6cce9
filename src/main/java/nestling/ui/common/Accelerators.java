package nestling.ui.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** Window-wide keys that belong to a part of the window: they work while that part is shown in it. */
public final class Accelerators {
    private Accelerators() {
    }

    /**
     * Puts {@code keys} on the scene {@code node} is in, moves them when it moves to another scene
     * and takes them off when it leaves (only its own: a key another part put there stays).
     */
    public static void whileInScene(Node node, Map<KeyCombination, Runnable> keys) {
        Map<KeyCombination, Runnable> own = Map.copyOf(keys);
        node.sceneProperty().subscribe((was, now) -> {
            if (was != null) {
                own.forEach(was.getAccelerators()::remove);
            }
            if (now != null) {
                now.getAccelerators().putAll(own);
            }
        });
    }
}
