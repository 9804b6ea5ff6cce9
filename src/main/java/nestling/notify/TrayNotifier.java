package nestling.notify;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/**
 * Windows and macOS: a tray icon added on the first message (AWT starts only then, on the caller's
 * background thread) and its balloon. Headless or without a tray it says {@code false} and the
 * window falls back. The icon stays while the window runs; {@link #close()} removes it.
 */
public final class TrayNotifier implements Notifier {
    private TrayIcon icon;
    private boolean unavailable;

    @Override
    public synchronized boolean show(String title, String body) {
        if (unavailable) {
            return false;
        }
        try {
            if (icon == null) {
                if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                    unavailable = true;
                    return false;
                }
                icon = new TrayIcon(dot(), "Nestling");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
            }
            icon.displayMessage(title, body, TrayIcon.MessageType.INFO);
            return true;
        } catch (java.awt.AWTException | RuntimeException | LinkageError e) {
            unavailable = true; // no tray after all (or AWT cannot start): the fallback takes over for good
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    /** A plain round mark in the app's colour, drawn here so no image resource is needed. */
    private static BufferedImage dot() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new java.awt.Color(0x3d, 0x7a, 0x6e));
        g.fillOval(1, 1, 14, 14);
        g.dispose();
        return image;
    }
}
