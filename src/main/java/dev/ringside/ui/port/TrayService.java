package dev.ringside.ui.port;

/** The system tray icon, where the desktop has a tray. */
public interface TrayService {

    /** What the tray menu does; called on the FX thread. */
    interface Actions {
        void show();

        void setPopupsPaused(boolean paused);

        void quit();
    }

    /** The icon's state: a coloured dot for the link and a badge for unseen missed calls. */
    enum Link { CONNECTED, RECONNECTING, FAILED, OFFLINE }

    boolean isAvailable();

    void install(Actions actions);

    void update(Link link, int unseenMissed, String tooltip);

    void remove();
}
