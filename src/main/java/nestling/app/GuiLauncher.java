package nestling.app;

import java.nio.file.Path;
import javafx.application.Application;
import nestling.cli.WindowOpener;
import nestling.ui.shell.NestlingApplication;

/** Opens the window for a vault directory; returns when the window has closed. */
public final class GuiLauncher implements WindowOpener {
    private final ActivityLog log;

    GuiLauncher(ActivityLog log) {
        this.log = log;
    }

    @Override
    public void open(Path vaultDirectory) {
        log.writeTo(vaultDirectory);
        Application.launch(NestlingApplication.class, NestlingApplication.vaultArgument(vaultDirectory));
    }

    @Override
    public void open(Path vaultDirectory, Path backupFile) {
        Application.launch(NestlingApplication.class, NestlingApplication.vaultArgument(vaultDirectory),
                NestlingApplication.backupArgument(backupFile));
    }
}
