package dev.ringside.history;

import dev.ringside.call.CallStatus;
import dev.ringside.call.Call;
import dev.ringside.call.Direction;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A call as stored in the history, for the UI.
 *
 * @param id             the row id (stable; used by {@link PageCursor})
 * @param operatorId     whose history it belongs to
 * @param call           the latest snapshot, with the operator's notes and accepted_at
 * @param ringTime       how long it rang, null while still ringing
 * @param talkTime       how long the parties talked, zero if never answered, null while in progress
 * @param callerCompany  the caller's company when known, else null
 * @param callerContact  whom the other party was when the call rang, else null
 * @param calledBack     for a missed or rejected call: the operator reached that number later (a later call
 *                       with it, either way, was answered)
 * @param createdAt      when the row was first written
 * @param updatedAt      when the row was last written
 */
public record StoredCall(long id, long operatorId, Call call, Duration ringTime, Duration talkTime,
                         String callerCompany, CallerContact callerContact, boolean calledBack,
                         Instant createdAt, Instant updatedAt) {

    public StoredCall {
        Objects.requireNonNull(call, "call");
    }

    /** A missed or rejected call from a number that can be called back and the operator has not reached since. */
    public boolean awaitingCallBack() {
        return needsCallBack(call) && !calledBack;
    }

    public PageCursor cursor() {
        return new PageCursor(call.startedAt(), id);
    }

    static boolean needsCallBack(Call call) {
        return (call.status() == CallStatus.MISSED || call.status() == CallStatus.REJECTED)
                && call.direction() != Direction.OUTBOUND
                && PhoneDigits.of(call.otherPartyNumber()) != null;
    }
}
