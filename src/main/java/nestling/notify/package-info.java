/**
 * Desktop notifications without the network: the tray on Windows and macOS
 * ({@link java.awt.TrayIcon#displayMessage}), the desktop's notification service on Linux
 * ({@code notify-send}, else {@code gdbus} to {@code org.freedesktop.Notifications}), found at run
 * time. Commands are argument lists, never a shell string. No JavaFX: the window's fallback
 * (bring to front, the card, a beep) is the caller's.
 */
package nestling.notify;
