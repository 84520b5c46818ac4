package dev.ringside.ui.port;

/** What Reject hangs up. */
public enum RejectMode {
    /** Only the operator's ringing leg (cause 21): the dialplan goes on (voicemail, next queue member). */
    OPERATOR_LEG,
    /** The caller's channel: the whole call ends. */
    CALLER
}
