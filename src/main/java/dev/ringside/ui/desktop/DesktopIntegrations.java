package dev.ringside.ui.desktop;

import dev.ringside.ui.port.DesktopIntegration;
import dev.ringside.ui.port.Notifier;
import dev.ringside.ui.port.TrayService;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.Window;

/** Picks the tray and notification mechanism this OS offers, with in-app fallbacks. */
public final class DesktopIntegrations {

    private DesktopIntegrations() {
    }

    /**
     * Starts AWT (the tray) before the JavaFX toolkit: when AWT starts inside GTK's event loop it
     * sets its X error handler while GDK holds an error trap, and GDK prints a warning at every
     * start. Call once from the main thread before {@code Application.launch}.
     */
    public static void prepareBeforeToolkit() {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless()) {
                java.awt.SystemTray.isSupported();
            }
        } catch (RuntimeException | Error e) {
            // no AWT desktop here: the tray is simply not offered later
        }
    }

    /** @param mainWindow the window in-app notifications attach to */
    public static DesktopIntegration detect(Supplier<Window> mainWindow) {
        AwtTrayService awt = new AwtTrayService();
        TrayService tray = awt.isAvailable() ? awt : NoTray.INSTANCE;
        Notifier inApp = new InAppNotifier(mainWindow);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Notifier notifier;
        if (os.contains("win") && awt.isAvailable()) {
            notifier = new TrayBalloonNotifier(awt, inApp);
        } else if (os.contains("mac") && CommandNotifier.onPath("osascript")) {
            notifier = CommandNotifier.osascript(inApp);
        } else if (CommandNotifier.onPath("notify-send")) {
            notifier = CommandNotifier.notifySend(inApp);
        } else {
            notifier = inApp;
        }
        return of(tray, notifier);
    }

    public static DesktopIntegration of(TrayService tray, Notifier notifier) {
        return new DesktopIntegration() {
            @Override
            public TrayService tray() {
                return tray;
            }

            @Override
            public Notifier notifier() {
                return notifier;
            }
        };
    }

    /** No tray on this desktop: closing the window asks before quitting. */
    public enum NoTray implements TrayService {
        INSTANCE;

        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public void install(Actions actions) {
        }

        @Override
        public void update(Link link, int unseenMissed, String tooltip) {
        }

        @Override
        public void remove() {
        }
    }
}
