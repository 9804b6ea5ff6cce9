package nestling.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the window's start: the smallest JavaFX window (one label), on the same runtime and
 * JVM options as Nestling, leaving after its first frame as Nestling's does under
 * {@code -Dnestling.exitWhenShown=true} (nestling.ui.shell.FirstFrame, which this cannot use: it
 * runs from the class path, so that no --patch-module turns off the runtime's class data sharing).
 */
public final class SmallestWindow extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Nestling")), 1024, 640);
        stage.setScene(scene);
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(Platform::exit); // after this pulse, its rendering included
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
