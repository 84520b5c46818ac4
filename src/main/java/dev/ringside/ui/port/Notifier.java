package dev.ringside.ui.port;

/** Shows a desktop notification (missed call and the like). Must not block; may be called on any thread. */
public interface Notifier {

    void notify(String title, String message);
}
