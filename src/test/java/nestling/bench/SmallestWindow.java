package nestling.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nestling.ui.shell.FirstFrame;

/**
 * The floor of the window's start: the smallest JavaFX window (one label), on the same runtime,
 * JVM options and jars as Nestling, leaving after its first frame exactly as Nestling's does.
 */
public final class SmallestWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Nestling")), 1024, 640));
        stage.show();
        FirstFrame.exitAfterFirstPulseIfAsked(stage.getScene());
    }

    public static void main(String[] args) {
        launch(args);
    }
}
