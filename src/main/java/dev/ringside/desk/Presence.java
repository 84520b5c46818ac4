package dev.ringside.desk;

import java.util.Locale;

/** Whether a colleague can take a call, from their extension's hint or their device. */
public enum Presence {
    IDLE, RINGING, IN_USE, UNAVAILABLE, UNKNOWN;

    /**
     * From an ExtensionStatus / ExtensionState {@code Status} (ast_extension_state bits: 1 in use,
     * 2 busy, 4 unavailable, 8 ringing, 16 on hold; -1 no hint, -2 hint removed).
     */
    public static Presence fromExtensionState(int status) {
        if (status < 0) {
            return UNKNOWN;
        }
        if (status == 0) {
            return IDLE;
        }
        if ((status & 4) != 0) {
            return UNAVAILABLE;
        }
        if ((status & 8) != 0) {
            return RINGING;
        }
        return IN_USE;
    }

    /** From a DeviceStateChange {@code State} (NOT_INUSE, INUSE, BUSY, RINGING, RINGINUSE, ONHOLD, ...). */
    public static Presence fromDeviceState(String state) {
        switch (state == null ? "" : state.trim().toUpperCase(Locale.ROOT)) {
            case "NOT_INUSE": return IDLE;
            case "INUSE":
            case "BUSY":
            case "ONHOLD": return IN_USE;
            case "RINGING":
            case "RINGINUSE": return RINGING;
            case "UNAVAILABLE":
            case "INVALID": return UNAVAILABLE;
            default: return UNKNOWN;
        }
    }
}
