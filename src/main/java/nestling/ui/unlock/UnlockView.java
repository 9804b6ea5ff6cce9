package nestling.ui.unlock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nestling.vault.VaultLocation;

/** The first screen: create a vault when there is none, otherwise unlock it. */
public final class UnlockView {
    private final VBox root = new VBox(16);

    public UnlockView(ResourceBundle bundle, Path vaultDirectory) {
        boolean exists = Files.exists(vaultDirectory.resolve(VaultLocation.VAULT_FILE));
        Label heading = new Label(bundle.getString(exists ? "unlock.heading" : "create.heading"));
        heading.setId("unlock-heading");
        heading.getStyleClass().add("heading");
        root.getChildren().add(heading);
        root.setAlignment(Pos.CENTER);
        root.setId("unlock-screen");
    }

    public Parent root() {
        return root;
    }
}
