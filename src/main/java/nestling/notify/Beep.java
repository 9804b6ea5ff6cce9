package nestling.notify;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;

/** The system's short alert sound (only when the family turned it on); nothing where there is no sound. */
public final class Beep {
    private Beep() {
    }

    /** @return whether the sound was asked for; call it off the FX thread (AWT starts on first use) */
    public static boolean sound() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            Toolkit.getDefaultToolkit().beep();
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
