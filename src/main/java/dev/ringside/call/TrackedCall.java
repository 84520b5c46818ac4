package dev.ringside.call;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything known of one Linkedid: the operator's legs and what happened to them. The rules
 * write it; {@link #status()} and {@link CallSnapshot} read it.
 */
final class TrackedCall {

    static final int CAUSE_CALL_REJECTED = 21;

    final String linkedId;
    final Map<String, Leg> legs = new LinkedHashMap<>();
    Instant startedAt;
    Instant lastActivity;
    boolean visible;
    Direction direction;
    String operatorNumber;
    String callerNumber;
    String callerName;
    String callerChannel;
    String callerUniqueId;
    String otherParty;
    String otherPartyFromExten;
    String queue;
    Instant acceptedAt;
    Instant answeredAt;
    boolean answered;
    String answeredBy;
    String answeredElsewhereBy;
    Instant endedAt;
    Integer hangupCause;
    boolean rejectRequested;
    boolean rejectedByPhone;
    boolean dialerSeen;
    boolean fromSnapshot;
    String notes;
    /** The PBX last said the call was alive (a channel list had it, or the link was up) at this time. */
    Instant confirmedAt;
    /** The last ring round of a queue timed out (AgentRingNoAnswer); the next may follow. */
    boolean roundTimedOut;
    /** All the operator's legs ended with a round that timed out: the call waits for the next round. */
    Instant roundEndedAt;
    /** The caller left the queue or hung up: no round will follow. */
    boolean callerGone;
    /** The operator was reached through a Local pair nobody dialled: a transfer's consultation. */
    boolean consultation;
    /** A transfer put the operator's answered leg through to someone else, who is now the caller. */
    boolean transferredIn;
    /** What listeners were last told, null before the call was shown. */
    Call emitted;

    TrackedCall(String linkedId, Instant at) {
        this.linkedId = linkedId;
        this.startedAt = at;
        this.lastActivity = at;
    }

    void touch(Instant at) {
        if (at.isAfter(lastActivity)) {
            lastActivity = at;
        }
    }

    /** When the call was last known to be alive: its last event, or a later list or link that still had it. */
    Instant aliveUntil() {
        return confirmedAt != null && confirmedAt.isAfter(lastActivity) ? confirmedAt : lastActivity;
    }

    /** A new leg rings in a call that had ended for the operator (a queue's next round, a transfer back). */
    void reopen(Instant at) {
        endedAt = null;
        hangupCause = null;
        rejectRequested = false;
        rejectedByPhone = false;
        callerGone = false;
        touch(at);
    }

    /** The first kind that makes the call worth showing sticks; a call the operator placed stays outbound. */
    void makeVisible(Direction kind) {
        if (!visible) {
            visible = true;
            direction = kind;
        }
    }

    boolean allLegsEnded() {
        for (Leg leg : legs.values()) {
            if (!leg.ended) {
                return false;
            }
        }
        return true;
    }

    boolean ended() {
        return allLegsEnded() && endedAt != null;
    }

    CallStatus status() {
        boolean ended = ended();
        if (direction == Direction.OUTBOUND) {
            if (!ended) {
                return answered ? CallStatus.ANSWERED : CallStatus.DIALING;
            }
            return answered ? CallStatus.COMPLETED : CallStatus.UNANSWERED;
        }
        if (!ended) {
            return answered ? CallStatus.ANSWERED : CallStatus.INCOMING;
        }
        if (answered) {
            return CallStatus.COMPLETED;
        }
        return rejectRequested || rejectedByPhone ? CallStatus.REJECTED : CallStatus.MISSED;
    }

    /** The leg to show and act on: one that is up, else one still alive, else any. */
    Leg currentLeg() {
        Leg best = null;
        for (Leg leg : legs.values()) {
            if (leg.up && !leg.ended) {
                return leg;
            }
            if (best == null || !leg.ended && best.ended) {
                best = leg;
            }
        }
        return best;
    }
}
