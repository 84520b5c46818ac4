package dev.ringside.call;

import java.util.Locale;

/** Which way a call went, seen from the operator. */
public enum Direction {
    /** From outside (a trunk) to one of the operator's numbers. */
    INBOUND,
    /** Placed by the operator's phone, to anyone. */
    OUTBOUND,
    /** From another extension on the same PBX to the operator. */
    INTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
