package dev.ringside.ami;

/**
 * The manager.conf {@code write} class an action needs, as Asterisk 22 registers it, for the actions
 * whose refusal the UI explains.
 */
public enum WriteRight {
    /** QueuePause, QueueAdd, QueueRemove (app_queue: EVENT_FLAG_AGENT). */
    AGENT,
    /** BlindTransfer, Atxfer, CancelAtxfer, Redirect (manager.c: EVENT_FLAG_CALL). */
    CALL,
    /** ExtensionState, ExtensionStateList (EVENT_FLAG_CALL | EVENT_FLAG_REPORTING). */
    CALL_OR_REPORTING,
    /** Any other action. */
    OTHER;

    public static WriteRight of(String action) {
        switch (action == null ? "" : action) {
            case "QueuePause":
            case "QueueAdd":
            case "QueueRemove":
                return AGENT;
            case "BlindTransfer":
            case "Atxfer":
            case "CancelAtxfer":
            case "Redirect":
                return CALL;
            case "ExtensionState":
            case "ExtensionStateList":
                return CALL_OR_REPORTING;
            default:
                return OTHER;
        }
    }
}
