package dev.ringside.ui.port;

/** The parts of the desktop that differ per OS: tray and notifications. */
public interface DesktopIntegration {

    TrayService tray();

    Notifier notifier();
}
