package dev.ringside.history;

import dev.ringside.call.CallStatus;

import java.time.Instant;

/**
 * Decides whether a snapshot arriving now is older than the one stored, so that a late or replayed
 * update never moves a call backwards (an ended call back to ringing, answered back to incoming).
 */
final class SnapshotOrder {

    private SnapshotOrder() {
    }

    /** How far along a call is: ringing or dialling, then talking, then over. */
    static int rank(CallStatus status) {
        switch (status) {
            case INCOMING:
            case DIALING:
                return 0;
            case ANSWERED:
                return 1;
            default:
                return 2;
        }
    }

    /**
     * @return true when the incoming snapshot is behind the stored one and must not replace it:
     *         it is at an earlier stage, or both are over and it ended earlier
     */
    static boolean isStale(CallStatus storedStatus, Instant storedEndedAt, CallStatus incomingStatus,
                           Instant incomingEndedAt) {
        int stored = rank(storedStatus);
        int incoming = rank(incomingStatus);
        if (incoming != stored) {
            return incoming < stored;
        }
        return storedStatus.isTerminal() && storedEndedAt != null && incomingEndedAt != null
                && Sql.millis(incomingEndedAt).isBefore(storedEndedAt);
    }
}
