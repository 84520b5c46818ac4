package dev.ringside.ui.port;

/** The history columns the operator can sort by. */
public enum HistorySort {
    /** Start time (the default, newest first). */
    TIME,
    /** The other party's number. */
    PARTY,
    /** The caller's name. */
    NAME,
    STATUS,
    /** Ring time. */
    RING,
    /** Talk time. */
    TALK
}
