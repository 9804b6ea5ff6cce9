package nestling.app;

import java.nio.file.Path;
import javafx.application.Application;
import nestling.cli.WindowNotOpened;
import nestling.cli.WindowOpener;
import nestling.ui.shell.NestlingApplication;

/**
 * Opens the window for a vault directory; returns when the window has closed. When JavaFX cannot
 * start at all (no desktop session, GTK 3 missing) it throws {@link WindowNotOpened} saying what is
 * missing, instead of the toolkit's exception. Runs on the main thread, never on the FX thread.
 */
public final class GuiLauncher implements WindowOpener {
    private static final System.Logger LOG = System.getLogger(GuiLauncher.class.getName());
    private final ActivityLog log;

    GuiLauncher(ActivityLog log) {
        this.log = log;
    }

    @Override
    public void open(Path vaultDirectory) {
        log.writeTo(vaultDirectory);
        launch(NestlingApplication.vaultArgument(vaultDirectory));
    }

    /**
     * The window on the screen that opens {@code backupFile} as a copy to look at. No log in the
     * vault folder: looking at a copy (a grandparent's computer) writes nothing to disk.
     */
    @Override
    public void open(Path vaultDirectory, Path backupFile) {
        launch(NestlingApplication.vaultArgument(vaultDirectory), NestlingApplication.backupArgument(backupFile));
    }

    private void launch(String... arguments) {
        try {
            Application.launch(NestlingApplication.class, arguments);
        } catch (RuntimeException e) {
            if (!WindowToolkitProblem.duringToolkitStart(e)) {
                throw e; // a fault in Nestling's own window code: the generic "unexpected error"
            }
            WindowToolkitProblem problem = WindowToolkitProblem.diagnose(e, System.getenv(),
                    System.getProperty("os.name"), SharedLibraries.ofThisSystem(System.getenv()));
            LOG.log(System.Logger.Level.WARNING, "the window did not open: " + problem.summary(), e);
            throw new WindowNotOpened(problem.message());
        }
    }
}
