package nestling.notify;

import java.util.Locale;

/** Picks the notifier for the operating system the app runs on. */
public final class Notifiers {
    private Notifiers() {
    }

    /** Windows and macOS: the tray; Linux and other Unixes: the desktop's notification service; else none. */
    public static Notifier forSystem(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return new TrayNotifier();
        }
        if (os.contains("linux") || os.contains("bsd")) {
            return LinuxNotifier.onThisSystem();
        }
        return Notifier.NONE;
    }

    /** As {@link #forSystem}; none when the system property {@code nestling.notifications} is {@code off} (the tests). */
    public static Notifier forThisSystem() {
        return "off".equals(System.getProperty("nestling.notifications")) ? Notifier.NONE
                : forSystem(System.getProperty("os.name"));
    }
}
