package dev.ringside.call;

import java.util.Locale;

/** Where a call stands for the operator. The names are the ones stored and printed. */
public enum CallStatus {
    /** Ringing one of the operator's numbers. */
    INCOMING,
    /** The operator placed the call and the other side has not answered yet. */
    DIALING,
    /** The operator (or, for an outbound call, the other side) picked up. */
    ANSWERED,
    /** Ended after an answer. */
    COMPLETED,
    /** Ended without the operator answering: caller gave up, answered elsewhere, busy, no answer. */
    MISSED,
    /** The operator turned it down, in the app or on the phone. */
    REJECTED,
    /** An outbound call the other side never answered. */
    UNANSWERED;

    public boolean isLive() {
        return this == INCOMING || this == DIALING || this == ANSWERED;
    }

    public boolean isTerminal() {
        return !isLive();
    }

    /** The lower-case word used in JSON, in the database and in the UI. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CallStatus fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
