package nestling.notify;

/** Shows a short message outside the window. Calls may block (a process, AWT): never on the FX thread. */
public interface Notifier extends AutoCloseable {
    /** A notifier for where there is none: every call says it was not shown. */
    Notifier NONE = (title, body) -> false;

    /** @return true when the desktop took the message; false when the caller should fall back */
    boolean show(String title, String body);

    /** Lets go of what the notifier holds (the tray icon, which would keep AWT and so the JVM running). */
    @Override
    default void close() {
    }
}
