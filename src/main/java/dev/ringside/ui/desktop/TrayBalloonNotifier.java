package dev.ringside.ui.desktop;

import dev.ringside.ui.port.Notifier;

/** Windows: a balloon from our tray icon. */
final class TrayBalloonNotifier implements Notifier {

    private final AwtTrayService tray;
    private final Notifier fallback;

    TrayBalloonNotifier(AwtTrayService tray, Notifier fallback) {
        this.tray = tray;
        this.fallback = fallback;
    }

    @Override
    public void notify(String title, String message) {
        if (tray.isInstalled()) {
            tray.displayMessage(title, message);
        } else {
            fallback.notify(title, message);
        }
    }
}
