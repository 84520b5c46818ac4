package dev.ringside.ui.port;

/** Starting Ringside when the user logs in to the computer; off until the user turns it on. */
public interface StartAtLogin {

    boolean isEnabled();

    /** May touch the registry or the file system: call it off the FX thread. */
    void setEnabled(boolean enabled) throws Exception;
}
