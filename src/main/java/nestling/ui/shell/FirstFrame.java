package nestling.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the startup benchmark ({@code -Dnestling.exitWhenShown=true}): leaves the application right
 * after the first pulse has laid out and rendered the window's first screen, so a process's run
 * time is its time to the first frame (plus the JVM's exit). The same for Nestling's window and the
 * smallest JavaFX window it is compared with.
 */
public final class FirstFrame {
    /** System property for the first-unlock benchmark: leave once Today is drawn after the unlock. */
    public static final String EXIT_WHEN_UNLOCKED = "nestling.exitWhenUnlocked";

    private FirstFrame() {
    }

    /** Exits once {@code scene} has had its first pulse, if the benchmark asked for it. */
    public static void exitAfterFirstPulseIfAsked(Scene scene) {
        if (Boolean.getBoolean(NestlingApplication.EXIT_WHEN_SHOWN)) {
            afterNextPulse(scene, Platform::exit);
        }
    }

    /**
     * For the first-unlock benchmark ({@code -Dnestling.exitWhenUnlocked=true}): once the unlocked
     * window's first frame is drawn (Today with its data, read during the unlock), prints the wall
     * clock's milliseconds ("unlocked frame at …", nothing of the family's) and leaves.
     */
    static void exitAfterUnlockedFrameIfAsked(Scene scene) {
        if (Boolean.getBoolean(EXIT_WHEN_UNLOCKED)) {
            afterNextPulse(scene, () -> {
                System.out.println("unlocked frame at " + System.currentTimeMillis());
                Platform.exit();
            });
        }
    }

    /** Runs {@code work} on the FX thread once {@code scene}'s next pulse (its layout and rendering) is done. */
    static void afterNextPulse(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after this pulse (its rendering included) has finished
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
