package dev.ringside.ui.fake;

import dev.ringside.ui.port.DesktopIntegration;
import dev.ringside.ui.port.Notifier;
import dev.ringside.ui.port.TrayService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** No tray; notifications are only recorded. */
public final class RecordingDesktop implements DesktopIntegration, Notifier {

    public final List<String> notifications = new CopyOnWriteArrayList<>();

    @Override
    public TrayService tray() {
        return dev.ringside.ui.desktop.DesktopIntegrations.NoTray.INSTANCE;
    }

    @Override
    public Notifier notifier() {
        return this;
    }

    @Override
    public void notify(String title, String message) {
        notifications.add(title + ": " + message);
    }
}
